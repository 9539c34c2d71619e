package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/many_to_one/models.py District. */
@Meta(table = "many_to_one_district")
public class District extends Model {
    public static final Manager<District> objects = Manager.of(District.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "districts", nullable = true)
    public Ref<City> city;

    @StringField(maxLength = 50)
    public String name;

    @Override
    public String toString() {
        return name;
    }
}
