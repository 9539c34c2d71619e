package io.aksara.schema.lint;

import io.aksara.schema.diff.Operation.RenameColumn;
import java.util.List;
import java.util.Optional;

/**
 * {@code rename-column}: a rename is instant in the database but breaks every instance still
 * running the previous release, whose SQL names the old column. Expand and contract instead.
 */
final class RenameColumnRule implements LintRule {
    @Override
    public String id() {
        return "rename-column";
    }

    @Override
    public Optional<Advice> check(LintedChange change, LintDatabase database) {
        if (!(change.operation() instanceof RenameColumn rename) || !change.onExistingTable()) {
            return Optional.empty();
        }
        SqlText sql = new SqlText(database);
        String table = sql.id(rename.table());
        String from = sql.id(rename.before().name());
        String to = sql.id(rename.to());
        return Optional.of(new Advice("Instances still running the previous release name " + rename.table() + "."
                + rename.before().name() + " in their SQL and fail the moment it is renamed to " + rename.to() + ".", List.of(
                SafeStep.sql("add the new column (allowing NULL, no rewrite)",
                        "ALTER TABLE " + table + " ADD " + to + " " + sql.columnDefinition(rename.before().withName(rename.to()), true) + ";"),
                SafeStep.note("release code that writes both columns and reads the old one"),
                SafeStep.sql("copy the existing values in batches, each its own transaction; repeat until it updates no row",
                        sql.batchedUpdate(table, to + " = " + from, to + " IS NULL AND " + from + " IS NOT NULL")),
                SafeStep.note("release code that reads and writes only the new column (make it NOT NULL the safe way "
                        + "if the old one was)"),
                SafeStep.note("a release later: drop the old column"))));
    }
}
