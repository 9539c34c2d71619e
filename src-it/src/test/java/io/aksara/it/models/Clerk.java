package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.Default;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** References to Desk, one per rule that rewrites a reference (DeletionSuite). */
@Meta(table = "it_clerks")
public class Clerk extends Model {
    public static final Manager<Clerk> objects = Manager.of(Clerk.class);

    @StringField(maxLength = 40)
    public String name;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "seated")
    public Ref<Desk> desk;

    @ForeignKey(onDelete = OnDelete.SET_DEFAULT, relatedName = "homed")
    @Default("lobby")
    public Ref<Desk> homeDesk;

    @ForeignKey(onDelete = OnDelete.SET, onDeleteValue = "spare", relatedName = "backing")
    public Ref<Desk> backupDesk;

    /** SET_DEFAULT on a nullable key without @Default: its default, NULL, is written. */
    @ForeignKey(onDelete = OnDelete.SET_DEFAULT, nullable = true, relatedName = "visited")
    public Ref<Desk> lastDesk;
}
