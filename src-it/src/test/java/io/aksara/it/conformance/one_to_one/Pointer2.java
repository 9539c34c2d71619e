package io.aksara.it.conformance.one_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.OnDelete;
import io.aksara.fields.OneToOne;

/** Django tests/one_to_one/models.py Pointer2. */
@Meta(table = "one_to_one_pointer2")
public class Pointer2 extends Model {
    public static final Manager<Pointer2> objects = Manager.of(Pointer2.class);

    @OneToOne(onDelete = OnDelete.CASCADE, relatedName = "second_pointer")
    public Ref<Target> other;
}
