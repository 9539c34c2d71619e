package io.aksara.it.models.djangogenerated;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.GeneratedField;
import io.aksara.fields.IntegerField;

/** Django's {@code test_get_col} model: {@code area = side * side} whose output field is IntegerField. */
@Meta(table = "djg_integer_squares")
public class IntegerSquare extends Model {
    public static final Manager<IntegerSquare> objects = Manager.of(IntegerSquare.class);

    @IntegerField public Integer side;
    @IntegerField @GeneratedField(expression = "side * side") public Integer area;
}
