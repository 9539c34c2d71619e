package io.aksara.it.conformance.update;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/update/models.py Foo. */
@Meta(table = "update_foo")
public class Foo extends Model {
    public static final Manager<Foo> objects = Manager.of(Foo.class);

    @StringField(maxLength = 10, unique = true)
    public String target;
}
