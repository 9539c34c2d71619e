package io.aksara.it.conformance.delete;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.BooleanField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;

/** Django tests/delete/models.py R. */
@Meta(table = "delete_r")
public class R extends Model {
    public static final Manager<R> objects = Manager.of(R.class);

    @BooleanField
    public boolean isDefault = false;

    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true)
    public Ref<P> p;
}
