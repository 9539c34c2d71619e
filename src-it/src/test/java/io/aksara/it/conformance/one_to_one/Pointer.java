package io.aksara.it.conformance.one_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.OnDelete;
import io.aksara.fields.OneToOne;

/** Django tests/one_to_one/models.py Pointer. Its key is not the primary key: a one-to-one as primary key is not expressible. */
@Meta(table = "one_to_one_pointer")
public class Pointer extends Model {
    public static final Manager<Pointer> objects = Manager.of(Pointer.class);

    @OneToOne(onDelete = OnDelete.CASCADE)
    public Ref<Target> other;
}
