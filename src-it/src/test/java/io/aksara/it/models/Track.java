package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** A track of an album: two levels below the artist, three below the label. */
public class Track extends Model {
    public static final Manager<Track> objects = Manager.of(Track.class);

    @StringField(maxLength = 80)
    public String title;

    @IntegerField
    public int seconds;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "tracks")
    public Ref<Album> album;
}
