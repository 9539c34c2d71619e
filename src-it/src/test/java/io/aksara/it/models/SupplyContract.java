package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Protects its supplier from deletion (DeletionSuite). */
@Meta(table = "it_supply_contracts")
public class SupplyContract extends Model {
    public static final Manager<SupplyContract> objects = Manager.of(SupplyContract.class);

    @StringField(maxLength = 40)
    public String title;

    @ForeignKey(onDelete = OnDelete.PROTECT, relatedName = "contracts")
    public Ref<Supplier> supplier;
}
