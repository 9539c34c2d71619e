package io.aksara.it.conformance.aggregation_regress;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.DateField;
import io.aksara.fields.DecimalField;
import io.aksara.fields.FloatField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Django's tests/aggregation_regress/models.py Book ({@code Meta.ordering = ("name",)}), without the generic
 * {@code tags} relation; the two HardbackBooks of the data are plain Books (multi-table inheritance).
 */
@Meta(table = "aggregation_regress_book", ordering = "name")
public class Book extends Model {
    public static final Manager<Book> objects = Manager.of(Book.class);

    @StringField(maxLength = 9)
    public String isbn;

    @StringField(maxLength = 255)
    public String name;

    @IntegerField
    public int pages;

    @FloatField
    public double rating;

    @DecimalField(maxDigits = 6, decimalPlaces = 2)
    public BigDecimal price;

    @ManyToMany
    public Many<Author> authors;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "book_contact_set")
    public Ref<Author> contact;

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Publisher> publisher;

    @DateField
    public LocalDate pubdate;
}
