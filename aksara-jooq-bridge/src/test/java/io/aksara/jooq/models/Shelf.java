package io.aksara.jooq.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.StringField;

public class Shelf extends Model {
    public static final Manager<Shelf> objects = Manager.of(Shelf.class);

    @StringField(maxLength = 30, unique = true)
    public String label;
}
