package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;

/** Django tests/many_to_one/models.py First. */
@Meta(table = "many_to_one_first")
public class First extends Model {
    public static final Manager<First> objects = Manager.of(First.class);

    // the column is not "second": H2 2.x reserves SECOND, and the migration does not quote it
    @IntegerField(dbColumn = "second_value")
    public int second;
}
