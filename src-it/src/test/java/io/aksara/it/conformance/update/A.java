package io.aksara.it.conformance.update;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.IntegerField;

/** Django tests/update/models.py A. */
@Meta(table = "update_a")
public class A extends Model {
    public static final Manager<A> objects = Manager.of(A.class);

    @IntegerField
    public int x = 10;

    /** Django's {@code a.b_set}. */
    public Related<B> bSet() {
        return related(B.class, "a");
    }
}
