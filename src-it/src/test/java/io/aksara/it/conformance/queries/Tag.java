package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.Related;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py Tag. */
@Meta(table = "queries_tag", ordering = "name")
public class Tag extends Model {
    public static final Manager<Tag> objects = Manager.of(Tag.class);

    @StringField(maxLength = 10)
    public String name;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "children")
    public Ref<Tag> parent;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "tag")
    public Ref<NamedCategory> category;

    /** Django's {@code tag.note_set}. */
    public Related<Note> noteSet() {
        return related(Note.class, "tag");
    }

    /** Django's {@code tag.annotation_set}. */
    public Related<Annotation> annotationSet() {
        return related(Annotation.class, "tag");
    }

    @Override
    public String toString() {
        return name;
    }
}
