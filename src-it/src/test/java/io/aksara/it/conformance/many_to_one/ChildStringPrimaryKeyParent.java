package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;

/** Django tests/many_to_one/models.py ChildStringPrimaryKeyParent. */
@Meta(table = "many_to_one_childstringprimarykeyparent")
public class ChildStringPrimaryKeyParent extends Model {
    public static final Manager<ChildStringPrimaryKeyParent> objects = Manager.of(ChildStringPrimaryKeyParent.class);

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<ParentStringPrimaryKey> parent;
}
