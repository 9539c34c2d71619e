package io.aksara.it.conformance.prefetch_related;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** Django's tests/prefetch_related/models.py Reader. */
@Meta(table = "prefetch_related_reader", ordering = "id")
public class Reader extends Model {
    public static final Manager<Reader> objects = Manager.of(Reader.class);

    @StringField(maxLength = 50)
    public String name;

    @ManyToMany(relatedName = "read_by")
    public Many<Book> booksRead;

    @Override
    public String toString() {
        return name;
    }
}
