package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/many_to_one/models.py Parent. */
@Meta(table = "many_to_one_parent")
public class Parent extends Model {
    public static final Manager<Parent> objects = Manager.of(Parent.class);

    @StringField(maxLength = 20, unique = true)
    public String name;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "favored_by")
    public Ref<Child> bestchild;
}
