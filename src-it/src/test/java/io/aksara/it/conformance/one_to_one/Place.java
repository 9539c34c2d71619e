package io.aksara.it.conformance.one_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/one_to_one/models.py Place. */
@Meta(table = "one_to_one_place")
public class Place extends Model {
    public static final Manager<Place> objects = Manager.of(Place.class);

    @StringField(maxLength = 50)
    public String name = "";

    @StringField(maxLength = 80)
    public String address = "";

    public Restaurant restaurant() {
        return relatedOne(Restaurant.class, "place");
    }

    public Bar bar() {
        return relatedOne(Bar.class, "place");
    }

    public UndergroundBar undergroundbar() {
        return relatedOne(UndergroundBar.class, "place");
    }

    @Override
    public String toString() {
        return name + " the place";
    }
}
