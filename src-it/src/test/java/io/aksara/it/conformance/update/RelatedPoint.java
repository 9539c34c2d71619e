package io.aksara.it.conformance.update;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.OnDelete;
import io.aksara.fields.StringField;

/** Django tests/update/models.py RelatedPoint. */
@Meta(table = "update_relatedpoint")
public class RelatedPoint extends Model {
    public static final Manager<RelatedPoint> objects = Manager.of(RelatedPoint.class);

    @StringField(maxLength = 20)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<DataPoint> data;
}
