package io.aksara.it.models.composite;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** How many of one article an outlet holds: keyed by the outlet and the article code together. */
@Meta(primaryKey = {"outlet", "sku"}, ordering = {"sku"})
public class Stocking extends Model {
    public static final Manager<Stocking> objects = Manager.of(Stocking.class);

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Outlet> outlet;

    @StringField(maxLength = 20)
    public String sku;

    @IntegerField
    public int quantity;
}
