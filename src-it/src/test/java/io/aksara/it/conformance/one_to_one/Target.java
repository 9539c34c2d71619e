package io.aksara.it.conformance.one_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/one_to_one/models.py Target. */
@Meta(table = "one_to_one_target")
public class Target extends Model {
    public static final Manager<Target> objects = Manager.of(Target.class);

    @StringField(maxLength = 50, unique = true)
    public String name = "";

    public Pointer pointer() {
        return relatedOne(Pointer.class, "other");
    }

    public Pointer2 secondPointer() {
        return relatedOne(Pointer2.class, "other");
    }
}
