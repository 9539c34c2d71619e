package io.aksara.it.conformance.one_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.OnDelete;
import io.aksara.fields.OneToOne;
import io.aksara.fields.StringField;

/** Django tests/one_to_one/models.py RelatedModel. */
@Meta(table = "one_to_one_relatedmodel")
public class RelatedModel extends Model {
    public static final Manager<RelatedModel> objects = Manager.of(RelatedModel.class);

    @OneToOne(onDelete = OnDelete.CASCADE)
    public Ref<ManualPrimaryKey> link;

    @StringField(maxLength = 50)
    public String name;
}
