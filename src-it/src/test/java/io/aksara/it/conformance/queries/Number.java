package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;

/** Django tests/queries/models.py Number. */
@Meta(table = "queries_number")
public class Number extends Model {
    public static final Manager<Number> objects = Manager.of(Number.class);

    @IntegerField
    public int num;

    @IntegerField(nullable = true)
    public Integer otherNum;

    @IntegerField(nullable = true)
    public Integer anotherNum;

    @Override
    public String toString() {
        return String.valueOf(num);
    }
}
