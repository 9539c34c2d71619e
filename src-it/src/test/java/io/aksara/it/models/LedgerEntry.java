package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Aksara leaves it alone when its ledger is deleted; the constraint decides (DeletionSuite). */
@Meta(table = "it_ledger_entries")
public class LedgerEntry extends Model {
    public static final Manager<LedgerEntry> objects = Manager.of(LedgerEntry.class);

    @StringField(maxLength = 40)
    public String text;

    @ForeignKey(onDelete = OnDelete.DO_NOTHING, relatedName = "entries")
    public Ref<Ledger> ledger;
}
