package io.aksara.schema.migrate;

import java.util.List;

/**
 * What a {@code migrate} run did.
 *
 * @param applied    the migrations that ran forwards, in order
 * @param rolledBack the migrations that were rolled back, last first
 * @param faked      the migrations recorded as applied without running ({@code --fake}, {@code --fake-initial})
 * @param unfaked    the migrations removed from the history without rolling back ({@code --fake} to an earlier target)
 */
public record MigrateResult(List<String> applied, List<String> rolledBack, List<String> faked, List<String> unfaked) {
    public MigrateResult {
        applied = List.copyOf(applied);
        rolledBack = List.copyOf(rolledBack);
        faked = List.copyOf(faked);
        unfaked = List.copyOf(unfaked);
    }

    /** A run that faked nothing. */
    public MigrateResult(List<String> applied, List<String> rolledBack) {
        this(applied, rolledBack, List.of(), List.of());
    }

    /** Whether the database was already where it was asked to be. */
    public boolean nothingToDo() {
        return applied.isEmpty() && rolledBack.isEmpty() && faked.isEmpty() && unfaked.isEmpty();
    }
}
