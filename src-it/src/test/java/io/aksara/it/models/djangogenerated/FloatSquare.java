package io.aksara.it.models.djangogenerated;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.FloatField;
import io.aksara.fields.GeneratedField;
import io.aksara.fields.IntegerField;

/** Django's {@code test_get_col} model: {@code area = side * side} whose output field is FloatField. */
@Meta(table = "djg_float_squares")
public class FloatSquare extends Model {
    public static final Manager<FloatSquare> objects = Manager.of(FloatSquare.class);

    @IntegerField public Integer side;
    @FloatField @GeneratedField(expression = "side * side") public Double area;
}
