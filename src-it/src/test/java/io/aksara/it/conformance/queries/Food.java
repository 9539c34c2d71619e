package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py Food. */
@Meta(table = "queries_food")
public class Food extends Model {
    public static final Manager<Food> objects = Manager.of(Food.class);

    @StringField(maxLength = 20, unique = true)
    public String name;

    @Override
    public String toString() {
        return name;
    }
}
