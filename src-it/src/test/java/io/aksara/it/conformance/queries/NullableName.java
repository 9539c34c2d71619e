package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.StringField;

/** Django tests/queries/models.py NullableName. */
@Meta(table = "queries_nullablename", ordering = "id")
public class NullableName extends Model {
    public static final Manager<NullableName> objects = Manager.of(NullableName.class);

    @StringField(maxLength = 20, nullable = true)
    public String name;
}
