package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django's RESTRICT example: Singer ← Disc (CASCADE) ← Song (CASCADE), Song.artist RESTRICT (DeletionSuite). */
@Meta(table = "it_singers")
public class Singer extends Model {
    public static final Manager<Singer> objects = Manager.of(Singer.class);

    @StringField(maxLength = 40)
    public String name;
}
