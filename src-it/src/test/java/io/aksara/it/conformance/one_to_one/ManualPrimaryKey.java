package io.aksara.it.conformance.one_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/one_to_one/models.py ManualPrimaryKey. */
@Meta(table = "one_to_one_manualprimarykey")
public class ManualPrimaryKey extends Model {
    public static final Manager<ManualPrimaryKey> objects = Manager.of(ManualPrimaryKey.class);

    @StringField(maxLength = 10, primaryKey = true)
    public String primaryKey;

    @StringField(maxLength = 50)
    public String name;

    public MultiModel multimodel() {
        return relatedOne(MultiModel.class, "link2");
    }
}
