package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** A part of a kit: a foreign key to a UUID primary key. */
public class Part extends Model {
    public static final Manager<Part> objects = Manager.of(Part.class);

    @StringField(maxLength = 40)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "parts")
    public Ref<Kit> kit;
}
