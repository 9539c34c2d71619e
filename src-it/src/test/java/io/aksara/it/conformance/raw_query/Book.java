package io.aksara.it.conformance.raw_query;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.BooleanField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import io.aksara.fields.TextField;

/** Django tests/raw_query/models.py Book. */
@Meta(table = "raw_query_book")
public class Book extends Model {
    public static final Manager<Book> objects = Manager.of(Book.class);

    @StringField(maxLength = 255)
    public String title;

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Author> author;

    @BooleanField
    public boolean paperback = false;

    @TextField
    public String openingLine = "";
}
