package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;

/** Django tests/many_to_one/models.py Relation. */
@Meta(table = "many_to_one_relation")
public class Relation extends Model {
    public static final Manager<Relation> objects = Manager.of(Relation.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "left_set")
    public Ref<Record> left;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "right_set")
    public Ref<Record> right;
}
