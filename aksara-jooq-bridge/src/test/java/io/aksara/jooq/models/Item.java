package io.aksara.jooq.models;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.DateField;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.DecimalField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;
import io.aksara.fields.TimeField;
import io.aksara.fields.UUIDField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Column names that are reserved words somewhere (order, day, time, user) on purpose. */
@Meta(ordering = "-order", indexes = @Meta.Index({"day", "order"}))
public class Item extends Model {
    public static final Manager<Item> objects = Manager.of(Item.class);

    @StringField(maxLength = 60) public String name;
    @IntegerField(nullable = true) public Integer order;
    @DecimalField(maxDigits = 8, decimalPlaces = 2) public BigDecimal price;
    @DateTimeField(nullable = true) public OffsetDateTime at;
    @DateField(nullable = true) public LocalDate day;
    @TimeField(nullable = true) public LocalTime time;
    @UUIDField(nullable = true) public UUID token;
    @StringField(maxLength = 20, nullable = true) public String user;
    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true) public Ref<Shelf> shelf;
}
