package io.aksara.it.conformance.get_or_create;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/get_or_create/models.py Author. */
@Meta(table = "get_or_create_author")
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    @StringField(maxLength = 100)
    public String name;

    public Many<Book> books() {
        return relatedMany(Book.class, "authors");
    }
}
