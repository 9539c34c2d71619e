package io.aksara.it.conformance.expressions;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.BigIntegerField;
import io.aksara.fields.DecimalField;
import io.aksara.fields.FloatField;
import java.math.BigDecimal;

/** Django's tests/expressions/models.py Number. */
@Meta(table = "expressions_number")
public class Number extends Model {
    public static final Manager<Number> objects = Manager.of(Number.class);

    @BigIntegerField(dbColumn = "the_integer")
    public long integer;

    @FloatField(nullable = true, dbColumn = "the_float")
    public Double floatValue;

    @DecimalField(maxDigits = 20, decimalPlaces = 17, nullable = true)
    public BigDecimal decimalValue;
}
