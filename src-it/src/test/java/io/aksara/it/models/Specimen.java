package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.BigIntegerField;
import io.aksara.fields.BinaryField;
import io.aksara.fields.BooleanField;
import io.aksara.fields.DateField;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.DecimalField;
import io.aksara.fields.DurationField;
import io.aksara.fields.EmailField;
import io.aksara.fields.EnumField;
import io.aksara.fields.FloatField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.JSONField;
import io.aksara.fields.LocalDateTimeField;
import io.aksara.fields.SmallIntegerField;
import io.aksara.fields.StringField;
import io.aksara.fields.TextField;
import io.aksara.fields.TimeField;
import io.aksara.fields.UUIDField;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A field of every kind a bulk insert binds: primitives, and every other kind nullable. On
 * PostgreSQL bulkCreate sends each column as one array ({@code unnest}); BulkUnnestSuite checks
 * that every value comes back as given.
 */
public class Specimen extends Model {
    public static final Manager<Specimen> objects = Manager.of(Specimen.class);

    public enum Tone { LOW, HIGH }

    @StringField(maxLength = 40) public String label;
    @BigIntegerField public long counter;
    @IntegerField public int level;
    @FloatField public double ratio;
    @BooleanField public boolean ok;
    @TextField(nullable = true) public String body;
    @EmailField(nullable = true) public String email;
    @IntegerField(nullable = true) public Integer count;
    @SmallIntegerField(nullable = true) public Short small;
    @BigIntegerField(nullable = true) public Long big;
    @BooleanField(nullable = true) public Boolean flag;
    @FloatField(nullable = true) public Double measure;
    @DecimalField(maxDigits = 12, decimalPlaces = 4, nullable = true) public BigDecimal amount;
    @DateTimeField(nullable = true) public OffsetDateTime at;
    @LocalDateTimeField(nullable = true) public LocalDateTime wall;
    @DateField(nullable = true) public LocalDate day;
    @TimeField(nullable = true) public LocalTime time;
    @DurationField(nullable = true) public Duration pause;
    @UUIDField(nullable = true) public UUID token;
    @JSONField(nullable = true) public Object data;
    @BinaryField(nullable = true) public byte[] blob;
    @EnumField(nullable = true) public Tone tone;
}
