package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.BooleanField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py ExtraInfo (its key to DateTimePK is left out: a datetime primary key is not used by the transcribed tests). */
@Meta(table = "queries_extrainfo", ordering = "info")
public class ExtraInfo extends Model {
    public static final Manager<ExtraInfo> objects = Manager.of(ExtraInfo.class);

    @StringField(maxLength = 100)
    public String info;

    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true, relatedName = "extrainfo")
    public Ref<Note> note;

    @IntegerField(nullable = true)
    public Integer value;

    @BooleanField
    public boolean filterable = true;

    @Override
    public String toString() {
        return info;
    }
}
