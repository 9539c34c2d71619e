package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py NamedCategory (without its DumbCategory parent: multi-table inheritance is not expressible). */
@Meta(table = "queries_namedcategory")
public class NamedCategory extends Model {
    public static final Manager<NamedCategory> objects = Manager.of(NamedCategory.class);

    @StringField(maxLength = 10)
    public String name;

    @Override
    public String toString() {
        return name;
    }
}
