package io.aksara.it.conformance.many_to_one;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/many_to_one/models.py ParentStringPrimaryKey. */
@Meta(table = "many_to_one_parentstringprimarykey")
public class ParentStringPrimaryKey extends Model {
    public static final Manager<ParentStringPrimaryKey> objects = Manager.of(ParentStringPrimaryKey.class);

    @StringField(maxLength = 15, primaryKey = true)
    public String name;
}
