package io.aksara.it.models.migrations.v2;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.Default;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/**
 * Version 2: a longer title, count NOT NULL with a default, a new stock column (default 0), price
 * removed, and the title index replaced by a unique (shelf, title).
 */
@Meta(table = "mig_items", uniqueTogether = @Meta.Unique({"shelf", "title"}))
public class Item extends Model {
    public static final Manager<Item> objects = Manager.of(Item.class);

    @StringField(maxLength = 200) public String title;
    @IntegerField @Default("1") public Integer count;
    @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Shelf> shelf;
    @IntegerField public int stock;
}
