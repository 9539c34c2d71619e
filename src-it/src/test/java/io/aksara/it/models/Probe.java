package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.BigIntegerField;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A field of every kind with a rule to break, for the write validation suite; {@code code} is required and unique. */
public class Probe extends Model {
    public static final Manager<Probe> objects = Manager.of(Probe.class);

    @StringField(maxLength = 5, unique = true) public String code;
    @TextField(nullable = true) public String note;
    @EmailField(nullable = true) public String email;
    @StringField(maxLength = 10, choices = {"new", "done"}, nullable = true) public String status;
    @IntegerField(nullable = true) public Integer count;
    @BigIntegerField(nullable = true) public Long big;
    @FloatField(nullable = true) public Double ratio;
    @DecimalField(maxDigits = 5, decimalPlaces = 2, nullable = true) public BigDecimal price;
    @DateTimeField(nullable = true) public OffsetDateTime at;
    @DateField(nullable = true) public LocalDate day;
    @TimeField(nullable = true) public LocalTime time;
    @JSONField(nullable = true) public Object data;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "probes", nullable = true) public Ref<ProbeRack> rack;
}
