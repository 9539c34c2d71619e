package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.Related;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** An artist: an optional label (forward, nullable), albums (reverse, required key), a bio (reverse one-to-one). */
public class Artist extends Model {
    public static final Manager<Artist> objects = Manager.of(Artist.class);

    @StringField(maxLength = 60)
    public String name;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "artists")
    public Ref<Label> label;

    public Related<Album> albums() {
        return related(Album.class, "artist");
    }

    public ArtistBio bio() {
        return relatedOne(ArtistBio.class, "artist");
    }
}
