package io.aksara.schemafirst;

import io.aksara.fields.OnDelete;
import java.util.List;

/**
 * A foreign key constraint.
 *
 * @param name          the constraint name
 * @param columns       the referencing columns
 * @param targetTable   the referenced table
 * @param targetColumns the referenced columns
 * @param onDelete      the database's ON DELETE rule, in Aksara's terms (NO ACTION and RESTRICT are
 *                      {@link OnDelete#DO_NOTHING}: the database refuses the delete)
 */
public record ForeignKeyDescription(String name, List<String> columns, String targetTable, List<String> targetColumns,
        OnDelete onDelete) {
    public ForeignKeyDescription {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }
}
