package io.aksara.it.conformance.prefetch_related;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** Django's tests/prefetch_related/models.py Book. */
@Meta(table = "prefetch_related_book", ordering = "id")
public class Book extends Model {
    public static final Manager<Book> objects = Manager.of(Book.class);

    @StringField(maxLength = 255)
    public String title;

    @ManyToMany(relatedName = "books")
    public Many<Author> authors;

    /** Django's {@code book.first_time_authors}. */
    public Related<Author> firstTimeAuthors() {
        return related(Author.class, "firstBook");
    }

    /** Django's {@code book.read_by}. */
    public Many<Reader> readBy() {
        return relatedMany(Reader.class, "booksRead");
    }

    @Override
    public String toString() {
        return title;
    }
}
