package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** A model keyed by a natural string key, for inspectdb. */
public class Country extends Model {
    public static final Manager<Country> objects = Manager.of(Country.class);

    @StringField(maxLength = 2, primaryKey = true) public String code;
    @StringField(maxLength = 80) public String name;
}
