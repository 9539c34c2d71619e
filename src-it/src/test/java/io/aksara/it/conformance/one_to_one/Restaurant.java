package io.aksara.it.conformance.one_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.Related;
import io.aksara.fields.BooleanField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.OneToOne;

/** Django tests/one_to_one/models.py Restaurant: its one-to-one to Place is its primary key. */
@Meta(table = "one_to_one_restaurant")
public class Restaurant extends Model {
    public static final Manager<Restaurant> objects = Manager.of(Restaurant.class);

    @OneToOne(onDelete = OnDelete.CASCADE, primaryKey = true)
    public Ref<Place> place;

    @BooleanField
    public boolean servesHotDogs = false;

    @BooleanField
    public boolean servesPizza = false;

    /** Django's {@code restaurant.waiter_set}. */
    public Related<Waiter> waiterSet() {
        return related(Waiter.class, "restaurant");
    }

    @Override
    public String toString() {
        return place.get().name + " the restaurant";
    }
}
