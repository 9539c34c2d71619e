package io.aksara.it.models.djangogenerated;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.GeneratedField;
import io.aksara.fields.StringField;

/**
 * Django's {@code GeneratedModelParams}: a constant, {@code Value("Constant")} (a bound parameter
 * in Django, a quoted literal here: the expression is DDL), stored (Django's {@code db_persist=True}). No other column.
 */
@Meta(table = "djg_generated_params")
public class GeneratedModelParams extends Model {
    public static final Manager<GeneratedModelParams> objects = Manager.of(GeneratedModelParams.class);

    @StringField(maxLength = 10) @GeneratedField(expression = "'Constant'") public String field;
}
