package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.DecimalField;
import io.aksara.fields.StringField;
import java.math.BigDecimal;

public class Publisher extends Model {
    public static final Manager<Publisher> objects = Manager.of(Publisher.class);

    @StringField(maxLength = 60)
    public String name;

    @DecimalField(maxDigits = 4, decimalPlaces = 2)
    public BigDecimal discount = BigDecimal.ZERO;
}
