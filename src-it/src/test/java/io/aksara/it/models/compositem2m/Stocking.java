package io.aksara.it.models.compositem2m;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;

/** The explicit through model of Item.shelves: a composite foreign key to Shelf and a count. */
@Meta(table = "cm2m_stockings")
public class Stocking extends Model {
    public static final Manager<Stocking> objects = Manager.of(Stocking.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "stockings")
    public Ref<Item> item;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "stockings")
    public Ref<Shelf> shelf;

    @IntegerField
    public int quantity;
}
