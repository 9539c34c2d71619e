package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.BigIntegerField;
import io.aksara.fields.BooleanField;
import io.aksara.fields.DateField;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.DecimalField;
import io.aksara.fields.EmailField;
import io.aksara.fields.FloatField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.JSONField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import io.aksara.fields.TextField;
import io.aksara.fields.TimeField;
import io.aksara.fields.UUIDField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Every field type, defaults, keys and constraints: inspectdb must read all of it back from the database. */
@Meta(uniqueTogether = @Meta.Unique({"depot", "sku"}), indexes = @Meta.Index({"active", "price"}))
public class StockItem extends Model {
    public static final Manager<StockItem> objects = Manager.of(StockItem.class);

    @StringField(maxLength = 40) public String sku;
    @StringField(maxLength = 10) public String status = "new";
    @TextField(nullable = true) public String description;
    @EmailField(nullable = true) public String contact;
    @IntegerField public int quantity = 5;
    @BigIntegerField(nullable = true) public Long views;
    @BooleanField public boolean active = true;
    @FloatField(nullable = true) public Double weight;
    @DecimalField(maxDigits = 9, decimalPlaces = 3) public BigDecimal price;
    @DateTimeField(nullable = true) public OffsetDateTime receivedAt;
    @DateField(nullable = true) public LocalDate bestBefore;
    @TimeField(nullable = true) public LocalTime pickTime;
    @UUIDField(nullable = true, unique = true) public UUID token;
    @JSONField(nullable = true) public Object attributes;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "items") public Ref<Depot> depot;
    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "returns") public Ref<Depot> returnTo;
    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true, relatedName = "items") public Ref<Country> origin;
}
