package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Deleted with its ledger (DeletionSuite). */
@Meta(table = "it_ledger_notes")
public class LedgerNote extends Model {
    public static final Manager<LedgerNote> objects = Manager.of(LedgerNote.class);

    @StringField(maxLength = 40)
    public String text;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "notes")
    public Ref<Ledger> ledger;
}
