package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Deleted with its artist, and takes its songs along (DeletionSuite). */
@Meta(table = "it_discs")
public class Disc extends Model {
    public static final Manager<Disc> objects = Manager.of(Disc.class);

    @StringField(maxLength = 40)
    public String title;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "albums")
    public Ref<Singer> artist;
}
