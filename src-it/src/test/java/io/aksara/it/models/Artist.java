package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django's RESTRICT example: Artist ← Album (CASCADE) ← Song (CASCADE), Song.artist RESTRICT (DeletionSuite). */
@Meta(table = "it_artists")
public class Artist extends Model {
    public static final Manager<Artist> objects = Manager.of(Artist.class);

    @StringField(maxLength = 40)
    public String name;
}
