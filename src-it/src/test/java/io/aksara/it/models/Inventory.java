package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.Default;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/** A stock counter per SKU, for the transaction, row-locking and concurrency tests. */
public class Inventory extends Model {
    public static final Manager<Inventory> objects = Manager.of(Inventory.class);

    @StringField(maxLength = 20, unique = true)
    public String sku;

    @IntegerField
    public int stock;

    /** A boxed field with a default: left null on a new instance, it is saved as 1. */
    @IntegerField
    @Default("1")
    public Integer reorderLevel;
}
