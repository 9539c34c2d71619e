package io.aksara.it.conformance.force_insert_update;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/** Django tests/force_insert_update/models.py Counter. */
@Meta(table = "force_insert_update_counter")
public class Counter extends Model {
    public static final Manager<Counter> objects = Manager.of(Counter.class);

    @StringField(maxLength = 10)
    public String name;

    @IntegerField
    public int value;
}
