package io.aksara.it.models.compositem2m;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** A crate with an ordinary key, stored on shelves: a many-to-many to a composite key. */
@Meta(table = "cm2m_crates", ordering = {"name"})
public class Crate extends Model {
    public static final Manager<Crate> objects = Manager.of(Crate.class);

    @StringField(maxLength = 20)
    public String name;

    /** Join columns crate_id, shelf_aisle, shelf_tier. */
    @ManyToMany(relatedName = "crates")
    public Many<Shelf> shelves;
}
