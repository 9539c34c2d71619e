package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.StringField;
import io.aksara.fields.UUIDField;
import java.util.UUID;

/** A model keyed by a generated UUID, the target of a foreign key (Part) and a many-to-many (Crate). */
public class Kit extends Model {
    public static final Manager<Kit> objects = Manager.of(Kit.class);

    @UUIDField(primaryKey = true, autoGenerate = true)
    public UUID key;

    @StringField(maxLength = 40)
    public String name;

    public Related<Part> parts() {
        return related(Part.class, "kit");
    }
}
