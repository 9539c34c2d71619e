package io.aksara.it.conformance.db_functions;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.BigIntegerField;
import io.aksara.fields.IntegerField;

/** Django's tests/db_functions/models.py IntegerModel (its SmallIntegerField is an IntegerField here). */
@Meta(table = "db_functions_integermodel")
public class IntegerModel extends Model {
    public static final Manager<IntegerModel> objects = Manager.of(IntegerModel.class);

    @BigIntegerField(nullable = true)
    public Long big;

    @IntegerField(nullable = true)
    public Integer normal;

    @IntegerField(nullable = true)
    public Integer small;
}
