package io.aksara.it.conformance.one_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/one_to_one/models.py Waiter. */
@Meta(table = "one_to_one_waiter")
public class Waiter extends Model {
    public static final Manager<Waiter> objects = Manager.of(Waiter.class);

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Restaurant> restaurant;

    @StringField(maxLength = 50)
    public String name;

    @Override
    public String toString() {
        return name + " the waiter at " + restaurant.get();
    }
}
