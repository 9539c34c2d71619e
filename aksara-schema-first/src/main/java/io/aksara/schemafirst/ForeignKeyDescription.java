package io.aksara.schemafirst;

import io.aksara.fields.OnDelete;
import io.aksara.fields.OnUpdate;
import java.util.List;

/**
 * A foreign key constraint.
 *
 * @param name          the constraint name
 * @param columns       the referencing columns
 * @param targetTable   the referenced table
 * @param targetColumns the referenced columns
 * @param onDelete      the database's ON DELETE rule, in Aksara's terms (NO ACTION and RESTRICT are
 *                      {@link OnDelete#DO_NOTHING}; RESTRICT is {@link OnDelete#RESTRICT} where the
 *                      database tells it apart from NO ACTION)
 * @param onUpdate      the database's ON UPDATE rule
 */
public record ForeignKeyDescription(String name, List<String> columns, String targetTable, List<String> targetColumns,
        OnDelete onDelete, OnUpdate onUpdate) {
    public ForeignKeyDescription {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
        onUpdate = onUpdate == null ? OnUpdate.NO_ACTION : onUpdate;
    }

    /** A foreign key without an ON UPDATE rule. */
    public ForeignKeyDescription(String name, List<String> columns, String targetTable, List<String> targetColumns,
            OnDelete onDelete) {
        this(name, columns, targetTable, targetColumns, onDelete, OnUpdate.NO_ACTION);
    }
}
