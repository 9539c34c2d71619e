package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Deleted with its warehouse; its parcels go with it (DeletionSuite). */
@Meta(table = "it_storage_bins")
public class StorageBin extends Model {
    public static final Manager<StorageBin> objects = Manager.of(StorageBin.class);

    @StringField(maxLength = 40)
    public String label;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "bins")
    public Ref<Warehouse> warehouse;
}
