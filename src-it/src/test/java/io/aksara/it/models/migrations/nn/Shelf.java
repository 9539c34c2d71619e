package io.aksara.it.models.migrations.nn;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Version 2: the name is no longer unique but indexed. */
@Meta(table = "mig_shelves")
public class Shelf extends Model {
    public static final Manager<Shelf> objects = Manager.of(Shelf.class);

    @StringField(maxLength = 50, dbIndex = true) public String name;
}
