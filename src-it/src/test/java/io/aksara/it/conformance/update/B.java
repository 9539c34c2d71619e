package io.aksara.it.conformance.update;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;

/** Django tests/update/models.py B. */
@Meta(table = "update_b")
public class B extends Model {
    public static final Manager<B> objects = Manager.of(B.class);

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<A> a;

    @IntegerField
    public int y = 10;
}
