package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** A shop; its listings are unique per shop and name (QuerySetMethodsSuite's own table). */
@Meta(table = "it_shops")
public class Shop extends Model {
    public static final Manager<Shop> objects = Manager.of(Shop.class);

    @StringField(maxLength = 50, unique = true)
    public String name;
}
