package io.aksara.it.conformance.proxy_models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django's tests/proxy_models/models.py Country. */
@Meta(table = "proxy_models_country")
public class Country extends Model {
    public static final Manager<Country> objects = Manager.of(Country.class);

    @StringField(maxLength = 50)
    public String name;
}
