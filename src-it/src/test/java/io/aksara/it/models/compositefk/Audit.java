package io.aksara.it.models.compositefk;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** The one audit a bay may have (a unique foreign key to a composite key), which protects the bay from deletion. */
@Meta(table = "cfk_audits")
public class Audit extends Model {
    public static final Manager<Audit> objects = Manager.of(Audit.class);

    @ForeignKey(onDelete = OnDelete.PROTECT, relatedName = "audits", unique = true)
    public Ref<Bay> bay;

    @StringField(maxLength = 40)
    public String note;
}
