package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.StringField;

/** Django tests/many_to_one/models.py Country. */
@Meta(table = "many_to_one_country")
public class Country extends Model {
    public static final Manager<Country> objects = Manager.of(Country.class);

    @StringField(maxLength = 50)
    public String name;

    public Related<City> cities() {
        return related(City.class, "country");
    }
}
