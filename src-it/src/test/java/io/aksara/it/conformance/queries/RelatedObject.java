package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.OnDelete;

/** Django tests/queries/models.py RelatedObject: a nullable foreign key and a nullable number. */
@Meta(table = "queries_relatedobject")
public class RelatedObject extends Model {
    public static final Manager<RelatedObject> objects = Manager.of(RelatedObject.class);

    @ForeignKey(nullable = true, onDelete = OnDelete.SET_NULL, relatedName = "related") public Ref<SingleObject> single;
    @IntegerField(nullable = true) public Integer f;
}
