package io.aksara.it.models.composite;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** A shop with an ordinary key; a composite key of Stocking points to it. */
public class Outlet extends Model {
    public static final Manager<Outlet> objects = Manager.of(Outlet.class);

    @StringField(maxLength = 40)
    public String name;
}
