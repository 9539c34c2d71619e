package io.aksara.it.models.adoption;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DecimalField;
import io.aksara.fields.StringField;
import java.math.BigDecimal;

/** A table another system owns: the adoption suite's migrations must leave it alone. */
@Meta(table = "adopt_rates", managed = false)
public class Rate extends Model {
    public static final Manager<Rate> objects = Manager.of(Rate.class);

    @StringField(maxLength = 3) public String currency;
    @DecimalField(maxDigits = 10, decimalPlaces = 4) public BigDecimal rate;
}
