package io.aksara.it.conformance.delete;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;

/** Django tests/delete/models.py B. */
@Meta(table = "delete_b")
public class B extends Model {
    public static final Manager<B> objects = Manager.of(B.class);

    @ForeignKey(onDelete = OnDelete.PROTECT)
    public Ref<R> protect;
}
