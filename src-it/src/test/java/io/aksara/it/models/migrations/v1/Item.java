package io.aksara.it.models.migrations.v1;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.DecimalField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import java.math.BigDecimal;

/** Version 1 of the items of the migration suite. */
@Meta(table = "mig_items", indexes = @Meta.Index({"title"}))
public class Item extends Model {
    public static final Manager<Item> objects = Manager.of(Item.class);

    @StringField(maxLength = 100) public String title;
    @DecimalField(maxDigits = 8, decimalPlaces = 2, nullable = true) public BigDecimal price;
    @IntegerField(nullable = true) public Integer count;
    @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Shelf> shelf;
}
