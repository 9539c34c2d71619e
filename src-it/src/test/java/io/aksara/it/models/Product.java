package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.BooleanField;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.DecimalField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Meta(uniqueTogether = @Meta.Unique({"category", "name"}), indexes = @Meta.Index({"inStock", "price"}))
public class Product extends Model {
    public static final Manager<Product> objects = Manager.of(Product.class);

    @StringField(maxLength = 100)
    public String name;

    @DecimalField(maxDigits = 10, decimalPlaces = 2)
    public BigDecimal price;

    @BooleanField
    public boolean inStock = true;

    @IntegerField(nullable = true)
    public Integer rating;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "products")
    public Ref<Category> category;

    @DateTimeField(autoNowAdd = true)
    public OffsetDateTime createdAt;

    @DateTimeField(autoNow = true)
    public OffsetDateTime updatedAt;
}
