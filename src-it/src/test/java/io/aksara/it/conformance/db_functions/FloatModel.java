package io.aksara.it.conformance.db_functions;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.FloatField;

/** Django's tests/db_functions/models.py FloatModel. */
@Meta(table = "db_functions_floatmodel")
public class FloatModel extends Model {
    public static final Manager<FloatModel> objects = Manager.of(FloatModel.class);

    @FloatField(nullable = true)
    public Double f1;

    @FloatField(nullable = true)
    public Double f2;
}
