package io.aksara.it.models.compositem2m;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** An item stocked on shelves through Stocking, whose foreign key to Shelf is composite. */
@Meta(table = "cm2m_items", ordering = {"name"})
public class Item extends Model {
    public static final Manager<Item> objects = Manager.of(Item.class);

    @StringField(maxLength = 20)
    public String name;

    @ManyToMany(through = Stocking.class, relatedName = "items")
    public Many<Shelf> shelves;
}
