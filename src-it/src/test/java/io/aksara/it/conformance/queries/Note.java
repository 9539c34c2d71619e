package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Many;
import io.aksara.Ref;
import io.aksara.fields.BooleanField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py Note. */
@Meta(table = "queries_note", ordering = "note")
public class Note extends Model {
    public static final Manager<Note> objects = Manager.of(Note.class);

    @StringField(maxLength = 100)
    public String note;

    @StringField(maxLength = 25)
    public String misc;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "note")
    public Ref<Tag> tag;

    @BooleanField
    public boolean negate = true;

    /** Django's {@code note.annotation_set}. */
    public Many<Annotation> annotationSet() {
        return relatedMany(Annotation.class, "notes");
    }

    @Override
    public String toString() {
        return note;
    }
}
