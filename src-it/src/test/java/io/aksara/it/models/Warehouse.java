package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Deleted with its region; its bins go with it (DeletionSuite). */
@Meta(table = "it_warehouses")
public class Warehouse extends Model {
    public static final Manager<Warehouse> objects = Manager.of(Warehouse.class);

    @StringField(maxLength = 40)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "warehouses")
    public Ref<Region> region;
}
