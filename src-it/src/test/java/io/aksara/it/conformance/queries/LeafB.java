package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py LeafB. */
@Meta(table = "queries_leafb")
public class LeafB extends Model {
    public static final Manager<LeafB> objects = Manager.of(LeafB.class);

    @StringField(maxLength = 10)
    public String data;
}
