package io.aksara.it.conformance.model_inheritance;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.fields.BooleanField;

/** Django's tests/model_inheritance/models.py ItalianRestaurant: a child of a child. */
@Meta(table = "model_inheritance_italianrestaurant")
public class ItalianRestaurant extends Restaurant {
    public static final Manager<ItalianRestaurant> objects = Manager.of(ItalianRestaurant.class);

    @BooleanField
    public boolean servesGnocchi;
}
