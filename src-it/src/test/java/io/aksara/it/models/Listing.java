package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.DecimalField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import java.math.BigDecimal;

/** An item for sale, unique per shop and name: the conflict target of a two-column upsert. */
@Meta(table = "it_listings", uniqueTogether = @Meta.Unique({"shop", "name"}))
public class Listing extends Model {
    public static final Manager<Listing> objects = Manager.of(Listing.class);

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Shop> shop;

    @StringField(maxLength = 60)
    public String name;

    @DecimalField(maxDigits = 10, decimalPlaces = 2)
    public BigDecimal price;
}
