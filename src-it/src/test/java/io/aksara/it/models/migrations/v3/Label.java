package io.aksara.it.models.migrations.v3;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Version 3: the tags table renamed to labels, pointing to shelves (set to NULL when its shelf goes). */
@Meta(table = "mig_labels")
public class Label extends Model {
    public static final Manager<Label> objects = Manager.of(Label.class);

    @StringField(maxLength = 30) public String label;
    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true) public Ref<Shelf> shelf;
}
