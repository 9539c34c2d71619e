package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Ref;
import io.aksara.fields.BooleanField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;

/**
 * Django's tests/model_inheritance/models.py Restaurant(Place, Rating): a multi-table child of Place.
 * Java has one superclass, so the abstract Rating's field and ordering are declared here.
 */
@Meta(table = "my_restaurant", ordering = "-rating")
public class Restaurant extends Place {
    public static final Manager<Restaurant> objects = Manager.of(Restaurant.class);

    @IntegerField(nullable = true)
    public Integer rating;

    @BooleanField
    public boolean servesHotDogs;

    @BooleanField
    public boolean servesPizza;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true)
    public Ref<Chef> chef;

    /** The child row of an ItalianRestaurant (Django's reverse {@code restaurant.italianrestaurant}). */
    public ItalianRestaurant italianrestaurant() {
        return relatedOne(ItalianRestaurant.class, "restaurantPtr");
    }
}
