package io.aksara.schema.migrations;

import io.aksara.schema.diff.Operation;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code makemigrations} found and did.
 *
 * @param changesDetected whether the models differ from the state the migrations build
 * @param name            the new migration's name, or null when there was nothing to write
 * @param file            the file written, or null (nothing to do, --check or --dry-run)
 * @param yaml            the migration's text, or null when there was nothing to write
 * @param operations      the operations found
 * @param possibleRenames renames seen but not assumed (run with renames accepted to use them)
 */
public record MakeMigrationsResult(boolean changesDetected, String name, Path file, String yaml,
                                   List<Operation> operations, List<String> possibleRenames) {
    public MakeMigrationsResult {
        operations = List.copyOf(operations);
        possibleRenames = List.copyOf(possibleRenames);
    }

    /** Whether a file was written. */
    public boolean written() {
        return file != null;
    }
}
