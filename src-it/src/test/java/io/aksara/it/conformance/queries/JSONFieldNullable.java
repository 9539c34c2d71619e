package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.JSONField;

/** Django tests/queries/models.py JSONFieldNullable. */
@Meta(table = "queries_jsonfieldnullable")
public class JSONFieldNullable extends Model {
    public static final Manager<JSONFieldNullable> objects = Manager.of(JSONFieldNullable.class);

    @JSONField(nullable = true) public Object jsonField;
}
