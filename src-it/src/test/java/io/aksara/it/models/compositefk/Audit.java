package io.aksara.it.models.compositefk;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** An audit of a bay, which protects the bay from deletion. */
@Meta(table = "cfk_audits")
public class Audit extends Model {
    public static final Manager<Audit> objects = Manager.of(Audit.class);

    @ForeignKey(onDelete = OnDelete.PROTECT, relatedName = "audits")
    public Ref<Bay> bay;

    @StringField(maxLength = 40)
    public String note;
}
