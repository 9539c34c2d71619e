package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.OnDelete;
import io.aksara.fields.OneToOne;
import io.aksara.fields.TextField;

/** The one-to-one side of an artist: at most one bio per artist. */
public class ArtistBio extends Model {
    public static final Manager<ArtistBio> objects = Manager.of(ArtistBio.class);

    @OneToOne(onDelete = OnDelete.CASCADE, relatedName = "bio")
    public Ref<Artist> artist;

    @TextField
    public String text;
}
