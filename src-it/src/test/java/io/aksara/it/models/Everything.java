package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.BigIntegerField;
import io.aksara.fields.BooleanField;
import io.aksara.fields.DateField;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.DecimalField;
import io.aksara.fields.EmailField;
import io.aksara.fields.FloatField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;
import io.aksara.fields.TextField;
import io.aksara.fields.TimeField;
import io.aksara.fields.UUIDField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One field of every type, each nullable, to check values round-trip exactly on every database. */
public class Everything extends Model {
    public static final Manager<Everything> objects = Manager.of(Everything.class);

    @StringField(maxLength = 40, nullable = true) public String label;
    @TextField(nullable = true) public String body;
    @EmailField(nullable = true) public String email;
    @IntegerField(nullable = true) public Integer count;
    @BigIntegerField(nullable = true) public Long big;
    @BooleanField(nullable = true) public Boolean flag;
    @FloatField(nullable = true) public Double ratio;
    @DecimalField(maxDigits = 12, decimalPlaces = 4, nullable = true) public BigDecimal amount;
    @DateTimeField(nullable = true) public OffsetDateTime at;
    @DateField(nullable = true) public LocalDate day;
    @TimeField(nullable = true) public LocalTime time;
    @UUIDField(nullable = true) public UUID token;
}
