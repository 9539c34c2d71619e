package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Many;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** A crate holding kits: a many-to-many to a UUID primary key. */
public class Crate extends Model {
    public static final Manager<Crate> objects = Manager.of(Crate.class);

    @StringField(maxLength = 40)
    public String label;

    @ManyToMany(relatedName = "crates")
    public Many<Kit> kits;
}
