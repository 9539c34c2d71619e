package io.aksara.it.conformance.nullqueries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/null_queries/models.py OuterB. */
@Meta(table = "null_queries_outerb")
public class OuterB extends Model {
    public static final Manager<OuterB> objects = Manager.of(OuterB.class);

    @StringField(maxLength = 10)
    public String data;
}
