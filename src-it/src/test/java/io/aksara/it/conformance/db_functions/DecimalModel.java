package io.aksara.it.conformance.db_functions;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DecimalField;
import java.math.BigDecimal;

/** Django's tests/db_functions/models.py DecimalModel. */
@Meta(table = "db_functions_decimalmodel")
public class DecimalModel extends Model {
    public static final Manager<DecimalModel> objects = Manager.of(DecimalModel.class);

    @DecimalField(maxDigits = 6, decimalPlaces = 2)
    public BigDecimal n1;

    @DecimalField(maxDigits = 9, decimalPlaces = 7, nullable = true)
    public BigDecimal n2;
}
