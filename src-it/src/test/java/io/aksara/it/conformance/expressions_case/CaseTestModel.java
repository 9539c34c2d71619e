package io.aksara.it.conformance.expressions_case;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.DecimalField;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;
import java.math.BigDecimal;

/**
 * Django's tests/expressions_case/models.py CaseTestModel, with the fields the transcribed tests
 * use (Django's has one column of every field type).
 */
@Meta(table = "expressions_case_casetestmodel")
public class CaseTestModel extends Model {
    public static final Manager<CaseTestModel> objects = Manager.of(CaseTestModel.class);

    @IntegerField
    public int integer;

    @IntegerField(nullable = true)
    public Integer integer2;

    @StringField(maxLength = 100)
    public String string = "";

    @DecimalField(maxDigits = 2, decimalPlaces = 1, nullable = true)
    public BigDecimal decimal;
}
