package io.aksara.examples.shop;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.StringField;

/** A product category: the seed's {@code Category} model. */
public class Category extends Model {
    public static final Manager<Category> objects = Manager.of(Category.class);

    @StringField(maxLength = 50)
    public String name;

    /** The reverse side of {@link Product#category}. */
    public Related<Product> products() {
        return related(Product.class, "category");
    }
}
