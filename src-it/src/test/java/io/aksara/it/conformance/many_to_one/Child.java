package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/many_to_one/models.py Child. */
@Meta(table = "many_to_one_child")
public class Child extends Model {
    public static final Manager<Child> objects = Manager.of(Child.class);

    @StringField(maxLength = 20)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Parent> parent;
}
