package io.aksara.it.models.djangogenerated;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.GeneratedField;
import io.aksara.fields.StringField;

/**
 * Django's {@code GeneratedModelParamsVirtual}: a constant, {@code Value("Constant")} (a bound parameter
 * in Django, a quoted literal here: the expression is DDL), virtual (Django's {@code db_persist=False}). No other column.
 */
@Meta(table = "djg_generated_virtual_params")
public class GeneratedModelParamsVirtual extends Model {
    public static final Manager<GeneratedModelParamsVirtual> objects = Manager.of(GeneratedModelParamsVirtual.class);

    @StringField(maxLength = 10) @GeneratedField(expression = "'Constant'", stored = false) public String field;
}
