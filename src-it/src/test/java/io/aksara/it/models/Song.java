package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/**
 * Restricts the deletion of its artist, unless the song goes anyway because its album is deleted
 * in the same operation (DeletionSuite).
 */
@Meta(table = "it_songs")
public class Song extends Model {
    public static final Manager<Song> objects = Manager.of(Song.class);

    @StringField(maxLength = 40)
    public String title;

    @ForeignKey(onDelete = OnDelete.RESTRICT, relatedName = "songs")
    public Ref<Singer> artist;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "songs")
    public Ref<Disc> album;
}
