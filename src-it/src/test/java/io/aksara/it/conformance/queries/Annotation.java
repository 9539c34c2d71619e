package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Many;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py Annotation. */
@Meta(table = "queries_annotation")
public class Annotation extends Model {
    public static final Manager<Annotation> objects = Manager.of(Annotation.class);

    @StringField(maxLength = 10)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "annotation")
    public Ref<Tag> tag;

    @ManyToMany(relatedName = "annotation")
    public Many<Note> notes;

    @Override
    public String toString() {
        return name;
    }
}
