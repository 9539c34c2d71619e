package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.DecimalField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

public class Book extends Model {
    public static final Manager<Book> objects = Manager.of(Book.class);

    @StringField(maxLength = 100)
    public String title;

    @IntegerField
    public int year;

    @DecimalField(maxDigits = 8, decimalPlaces = 2)
    public BigDecimal price;

    @IntegerField
    public int stock;

    @IntegerField
    public int reserved;

    @DateTimeField(nullable = true)
    public OffsetDateTime published;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books")
    public Ref<Author> author;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "edited")
    public Ref<Author> editor;
}
