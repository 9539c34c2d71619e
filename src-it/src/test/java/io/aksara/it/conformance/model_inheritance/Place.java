package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django's tests/model_inheritance/models.py Place: the concrete parent of the multi-table models. */
@Meta(table = "model_inheritance_place")
public class Place extends Model {
    public static final Manager<Place> objects = Manager.of(Place.class);

    @StringField(maxLength = 50)
    public String name = "";

    @StringField(maxLength = 80)
    public String address = "";

    /** The child row of a Restaurant (Django's reverse {@code place.restaurant}). */
    public Restaurant restaurant() {
        return relatedOne(Restaurant.class, "placePtr");
    }

    /** The child row of a Supplier (Django's reverse {@code place.supplier}). */
    public Supplier supplier() {
        return relatedOne(Supplier.class, "placePtr");
    }
}
