package io.aksara.it.conformance.get_or_create;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;

/** Django tests/get_or_create/models.py ManualPrimaryKeyTest. */
@Meta(table = "get_or_create_manualprimarykeytest")
public class ManualPrimaryKeyTest extends Model {
    public static final Manager<ManualPrimaryKeyTest> objects = Manager.of(ManualPrimaryKeyTest.class);

    // Django's field is "id"; a Java model already has an "id" field (the implicit key), so the
    // Java name differs and lookups say "pk"
    @IntegerField(primaryKey = true, dbColumn = "id")
    public Integer manualId;

    @StringField(maxLength = 100)
    public String data;
}
