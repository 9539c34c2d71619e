package io.aksara.it.conformance.delete;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;

/** Django tests/delete/models.py B3. */
@Meta(table = "delete_b3")
public class B3 extends Model {
    public static final Manager<B3> objects = Manager.of(B3.class);

    @ForeignKey(onDelete = OnDelete.RESTRICT)
    public Ref<R> restrict;
}
