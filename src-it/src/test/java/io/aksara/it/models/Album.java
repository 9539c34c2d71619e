package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.Related;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** An album by one artist, with tracks. */
public class Album extends Model {
    public static final Manager<Album> objects = Manager.of(Album.class);

    @StringField(maxLength = 80)
    public String title;

    @IntegerField
    public int year;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "albums")
    public Ref<Artist> artist;

    public Related<Track> tracks() {
        return related(Track.class, "album");
    }
}
