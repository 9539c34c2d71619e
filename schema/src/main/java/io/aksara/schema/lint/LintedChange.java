package io.aksara.schema.lint;

import io.aksara.schema.diff.Operation;
import io.aksara.schema.state.ModelState;
import java.util.Map;
import java.util.Set;

/**
 * One operation of a migration as the rules see it.
 *
 * @param migration the migration's name
 * @param operation the operation
 * @param before    the schema before the migration (so a table made earlier in it is not "existing")
 * @param newTables tables created earlier in the same migration: changes to them touch no rows
 * @param raw       the change as the migration file holds it (for attributes an operation does
 *                  not carry, such as {@code defaultValueComputed}); empty for a freshly made operation
 */
public record LintedChange(String migration, Operation operation, ModelState before, Set<String> newTables,
                           Map<?, ?> raw) {
    public LintedChange {
        newTables = Set.copyOf(newTables);
        raw = raw == null ? Map.of() : raw;
    }

    /** Whether the operation's table holds rows already: it existed before this migration. */
    public boolean onExistingTable() {
        return !newTables.contains(operation.table()) && before.table(operation.table()).isPresent();
    }

    /** The {@code defaultValueComputed} of a column of a raw addColumn change, or null. */
    public String computedDefault(String columnName) {
        if (!(raw.get("columns") instanceof java.util.List<?> columns)) {
            return null;
        }
        for (Object entry : columns) {
            if (entry instanceof Map<?, ?> m && m.get("column") instanceof Map<?, ?> c
                    && columnName.equals(String.valueOf(c.get("name"))) && c.get("defaultValueComputed") != null) {
                return String.valueOf(c.get("defaultValueComputed"));
            }
        }
        return null;
    }
}
