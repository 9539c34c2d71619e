package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;

/** Django tests/many_to_one/models.py ChildNullableParent. */
@Meta(table = "many_to_one_childnullableparent")
public class ChildNullableParent extends Model {
    public static final Manager<ChildNullableParent> objects = Manager.of(ChildNullableParent.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true)
    public Ref<Parent> parent;
}
