package io.aksara.it.conformance.nullqueries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;

/** Django tests/null_queries/models.py OuterA: no field but its key. */
@Meta(table = "null_queries_outera")
public class OuterA extends Model {
    public static final Manager<OuterA> objects = Manager.of(OuterA.class);
}
