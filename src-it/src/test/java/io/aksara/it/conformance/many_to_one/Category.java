package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/many_to_one/models.py Category. */
@Meta(table = "many_to_one_category")
public class Category extends Model {
    public static final Manager<Category> objects = Manager.of(Category.class);

    @StringField(maxLength = 20)
    public String name;

    @Override
    public String toString() {
        return name;
    }
}
