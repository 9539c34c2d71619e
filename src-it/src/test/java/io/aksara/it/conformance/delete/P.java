package io.aksara.it.conformance.delete;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;

/** Django tests/delete/models.py P. */
@Meta(table = "delete_p")
public class P extends Model {
    public static final Manager<P> objects = Manager.of(P.class);
}
