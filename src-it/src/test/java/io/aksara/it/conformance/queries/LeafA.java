package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py LeafA. */
@Meta(table = "queries_leafa")
public class LeafA extends Model {
    public static final Manager<LeafA> objects = Manager.of(LeafA.class);

    @StringField(maxLength = 10)
    public String data;

    @Override
    public String toString() {
        return data;
    }
}
