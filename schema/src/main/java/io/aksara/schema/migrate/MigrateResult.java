package io.aksara.schema.migrate;

import java.util.List;

/**
 * What a {@code migrate} run did.
 *
 * @param applied    the migrations that ran forwards, in order
 * @param rolledBack the migrations that were rolled back, last first
 */
public record MigrateResult(List<String> applied, List<String> rolledBack) {
    public MigrateResult {
        applied = List.copyOf(applied);
        rolledBack = List.copyOf(rolledBack);
    }

    /** Whether the database was already where it was asked to be. */
    public boolean nothingToDo() {
        return applied.isEmpty() && rolledBack.isEmpty();
    }
}
