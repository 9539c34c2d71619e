package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.StringField;

@Meta(ordering = "name")
public class Category extends Model {
    public static final Manager<Category> objects = Manager.of(Category.class);

    @StringField(maxLength = 50, unique = true)
    public String name;

    /** The reverse side of {@link Product#category}. */
    public Related<Product> products() {
        return related(Product.class, "category");
    }
}
