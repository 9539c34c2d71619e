package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py SimpleCategory. */
@Meta(table = "queries_simplecategory")
public class SimpleCategory extends Model {
    public static final Manager<SimpleCategory> objects = Manager.of(SimpleCategory.class);

    @StringField(maxLength = 25)
    public String name;

    @Override
    public String toString() {
        return name;
    }
}
