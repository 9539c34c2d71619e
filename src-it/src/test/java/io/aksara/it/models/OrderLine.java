package io.aksara.it.models;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.fields.DecimalField;
import io.aksara.fields.GeneratedField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;
import java.math.BigDecimal;

/** Two columns the database computes from the others (Django's GeneratedField), both stored. */
public class OrderLine extends Model {
    public static final Manager<OrderLine> objects = Manager.of(OrderLine.class);

    @StringField(maxLength = 40) public String item;
    @IntegerField public int quantity;
    @DecimalField(maxDigits = 10, decimalPlaces = 2) public BigDecimal unitPrice;
    @DecimalField(maxDigits = 12, decimalPlaces = 2)
    @GeneratedField(expression = "unitPrice * quantity") public BigDecimal total;
    @IntegerField(nullable = true) @GeneratedField(expression = "length(item)") public Integer itemLength;
}
