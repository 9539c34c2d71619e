package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.Related;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/many_to_one/models.py City. */
@Meta(table = "many_to_one_city")
public class City extends Model {
    public static final Manager<City> objects = Manager.of(City.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "cities", nullable = true)
    public Ref<Country> country;

    @StringField(maxLength = 50)
    public String name;

    public Related<District> districts() {
        return related(District.class, "city");
    }
}
