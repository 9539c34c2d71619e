package io.aksara.it.conformance.prefetch_related;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django's tests/prefetch_related/models.py Author (without the favorite_authors relation). */
@Meta(table = "prefetch_related_author", ordering = "id")
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    @StringField(maxLength = 50, unique = true)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "first_time_authors")
    public Ref<Book> firstBook;

    /** Django's {@code author.books}, the reverse side of {@code Book.authors}. */
    public Many<Book> books() {
        return relatedMany(Book.class, "authors");
    }

    @Override
    public String toString() {
        return name;
    }
}
