package io.aksara.bench.models;

import io.aksara.Model;
import io.aksara.fields.BigIntegerField;
import io.aksara.fields.BooleanField;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.DecimalField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The value columns of journal and journal_bulk; the key is the implicit {@code id}. Aksara has no
 * small-integer field, so {@code level} (smallint in the table) is an IntegerField.
 */
public abstract class JournalFields extends Model {
    @DateTimeField public OffsetDateTime ts;
    @IntegerField public int level;
    @StringField(maxLength = 255) public String text;
    @IntegerField public int a;
    @BigIntegerField public long b;
    @DecimalField(maxDigits = 12, decimalPlaces = 4) public BigDecimal c;
    @BooleanField public boolean d;
}
