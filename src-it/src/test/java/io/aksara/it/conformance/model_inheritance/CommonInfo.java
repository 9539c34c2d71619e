package io.aksara.it.conformance.model_inheritance;

import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/** Django's tests/model_inheritance/models.py CommonInfo: an abstract base whose Meta orders by name. */
@Meta(ordering = "name")
public abstract class CommonInfo extends Model {
    @StringField(maxLength = 50)
    public String name;

    @IntegerField
    public int age;

    @Override
    public String toString() {
        return getClass().getSimpleName() + " " + name;
    }
}
