package io.aksara.it.models.compositem2m;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** A label with an ordinary key, put on shelves (Shelf.labels). */
@Meta(table = "cm2m_labels", ordering = {"name"})
public class Label extends Model {
    public static final Manager<Label> objects = Manager.of(Label.class);

    @StringField(maxLength = 20)
    public String name;

    /** The shelves carrying this label. */
    public Many<Shelf> shelves() {
        return relatedMany(Shelf.class, "labels");
    }
}
