package io.aksara.it.conformance.proxy_models;

import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django's tests/proxy_models/models.py Person: a simple concrete base class. */
@Meta(table = "proxy_models_person")
public class Person extends Model {
    public static final PersonManager<Person> objects = new PersonManager<>(Person.class);

    @StringField(maxLength = 50)
    public String name;

    @Override
    public String toString() {
        return name;
    }
}
