package io.aksara.it.models.compositem2m;

import io.aksara.Manager;
import io.aksara.Many;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;
import io.aksara.fields.ManyToMany;
import io.aksara.fields.StringField;

/** A shelf keyed by its aisle and tier together, with labels through a generated join model. */
@Meta(table = "cm2m_shelves", primaryKey = {"aisle", "tier"}, ordering = {"aisle", "tier"})
public class Shelf extends Model {
    public static final Manager<Shelf> objects = Manager.of(Shelf.class);

    @StringField(maxLength = 10)
    public String aisle;

    @IntegerField
    public int tier;

    /** From a composite key to a single-column key: join columns shelf_aisle, shelf_tier, label_id. */
    @ManyToMany(relatedName = "shelves")
    public Many<Label> labels;

    /** The reverse side of Crate.shelves, a relation to this composite key. */
    public Many<Crate> crates() {
        return relatedMany(Crate.class, "shelves");
    }

    /** The reverse side of Item.shelves, whose through model is Stocking. */
    public Many<Item> items() {
        return relatedMany(Item.class, "shelves");
    }
}
