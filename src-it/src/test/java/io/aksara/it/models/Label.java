package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Related;
import io.aksara.fields.StringField;

/** A record label; artists may leave it (their key is nullable). */
public class Label extends Model {
    public static final Manager<Label> objects = Manager.of(Label.class);

    @StringField(maxLength = 60)
    public String name;

    public Related<Artist> artists() {
        return related(Artist.class, "label");
    }
}
