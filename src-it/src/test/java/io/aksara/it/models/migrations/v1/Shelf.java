package io.aksara.it.models.migrations.v1;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Version 1 of the shelves of the migration suite: a unique name. */
@Meta(table = "mig_shelves")
public class Shelf extends Model {
    public static final Manager<Shelf> objects = Manager.of(Shelf.class);

    @StringField(maxLength = 50, unique = true) public String name;
}
