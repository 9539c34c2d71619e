package io.aksara.it.conformance.lookup;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.BooleanField;
import io.aksara.fields.DecimalField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import java.math.BigDecimal;

/** Django tests/lookup/models.py Stock. */
@Meta(table = "lookup_stock")
public class Stock extends Model {
    public static final Manager<Stock> objects = Manager.of(Stock.class);

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Product> product;

    @BooleanField
    public boolean isShort;

    @DecimalField(maxDigits = 6, decimalPlaces = 2)
    public BigDecimal qtyAvailable;
}
