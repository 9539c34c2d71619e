package io.aksara.it.conformance.get_or_create;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import java.time.OffsetDateTime;

/** Django tests/get_or_create/models.py Book. */
@Meta(table = "get_or_create_book")
public class Book extends Model {
    public static final Manager<Book> objects = Manager.of(Book.class);

    @StringField(maxLength = 100)
    public String name;

    @ManyToMany(relatedName = "books")
    public Many<Author> authors;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books", dbColumn = "publisher_id_column")
    public Ref<Publisher> publisher;

    @DateTimeField(autoNow = true)
    public OffsetDateTime updated;
}
