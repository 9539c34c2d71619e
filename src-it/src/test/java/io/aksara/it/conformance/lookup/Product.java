package io.aksara.it.conformance.lookup;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DecimalField;
import io.aksara.fields.StringField;
import java.math.BigDecimal;

/** Django tests/lookup/models.py Product. */
@Meta(table = "lookup_product")
public class Product extends Model {
    public static final Manager<Product> objects = Manager.of(Product.class);

    @StringField(maxLength = 80)
    public String name;

    @DecimalField(maxDigits = 6, decimalPlaces = 2)
    public BigDecimal qtyTarget;
}
