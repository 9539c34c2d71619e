package io.aksara.it.conformance.queries;

import io.aksara.Manager;
import io.aksara.Meta;
import io.aksara.Model;
import io.aksara.fields.IntegerField;

/** Django tests/queries/models.py CustomDbColumn (its {@code custom_column}, stored as {@code custom_name}). */
@Meta(table = "queries_customdbcolumn")
public class CustomDbColumn extends Model {
    public static final Manager<CustomDbColumn> objects = Manager.of(CustomDbColumn.class);

    @IntegerField(dbColumn = "custom_name", nullable = true) public Integer customColumn;
}
