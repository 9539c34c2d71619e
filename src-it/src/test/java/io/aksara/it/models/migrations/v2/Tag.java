package io.aksara.it.models.migrations.v2;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** A new model in version 2, pointing to shelves (set to NULL when its shelf goes). */
@Meta(table = "mig_tags")
public class Tag extends Model {
    public static final Manager<Tag> objects = Manager.of(Tag.class);

    @StringField(maxLength = 30) public String label;
    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true) public Ref<Shelf> shelf;
}
