package io.aksara.it.conformance.one_to_one;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** Django tests/one_to_one/models.py Favorites. */
@Meta(table = "one_to_one_favorites")
public class Favorites extends Model {
    public static final Manager<Favorites> objects = Manager.of(Favorites.class);

    @StringField(maxLength = 50)
    public String name;

    @ManyToMany
    public Many<Restaurant> restaurants;
}
