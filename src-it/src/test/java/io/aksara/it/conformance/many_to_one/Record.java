package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;

/** Django tests/many_to_one/models.py Record. */
@Meta(table = "many_to_one_record")
public class Record extends Model {
    public static final Manager<Record> objects = Manager.of(Record.class);

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Category> category;
}
