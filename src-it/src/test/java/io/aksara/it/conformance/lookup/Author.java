package io.aksara.it.conformance.lookup;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.StringField;
import io.aksara.fields.TextField;

/** Django tests/lookup/models.py Author. */
@Meta(table = "lookup_author", ordering = "name")
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    @StringField(maxLength = 100)
    public String name;

    @StringField(maxLength = 50, nullable = true)
    public String alias;

    @TextField(nullable = true)
    public String bio;

    public Related<Article> articles() {
        return related(Article.class, "author");
    }
}
