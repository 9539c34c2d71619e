package io.aksara.it.conformance.get_or_create;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.StringField;

/** Django tests/get_or_create/models.py Publisher. */
@Meta(table = "get_or_create_publisher")
public class Publisher extends Model {
    public static final Manager<Publisher> objects = Manager.of(Publisher.class);

    @StringField(maxLength = 100)
    public String name;

    public Related<Book> books() {
        return related(Book.class, "publisher");
    }
}
