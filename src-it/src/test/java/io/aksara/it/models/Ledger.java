package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Notes cascade from it; entries are DO_NOTHING, so the database refuses while any exist (DeletionSuite). */
@Meta(table = "it_ledgers")
public class Ledger extends Model {
    public static final Manager<Ledger> objects = Manager.of(Ledger.class);

    @StringField(maxLength = 40)
    public String name;
}
