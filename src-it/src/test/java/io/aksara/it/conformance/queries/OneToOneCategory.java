package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.OnDelete;
import io.aksara.fields.OneToOne;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py OneToOneCategory. */
@Meta(table = "queries_onetoonecategory")
public class OneToOneCategory extends Model {
    public static final Manager<OneToOneCategory> objects = Manager.of(OneToOneCategory.class);

    @StringField(maxLength = 15)
    public String newName;

    @OneToOne(onDelete = OnDelete.CASCADE, relatedName = "onetoonecategory")
    public Ref<SimpleCategory> category;
}
