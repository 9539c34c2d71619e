package io.aksara.schema.lint;

import io.aksara.schema.diff.Operation.AlterColumn;
import java.util.Optional;

/**
 * {@code set-not-null-scans-table}: making a column of a table with rows NOT NULL. PostgreSQL scans
 * the whole table under an ACCESS EXCLUSIVE lock (no reads, no writes); MariaDB rebuilds the table,
 * and the UPDATE that fills NULLs (with {@code --default}) runs as one statement over every row.
 */
final class SetNotNullRule implements LintRule {
    @Override
    public String id() {
        return "set-not-null-scans-table";
    }

    @Override
    public Optional<Advice> check(LintedChange change, LintDatabase database) {
        if (!(change.operation() instanceof AlterColumn alter) || !change.onExistingTable()
                || !alter.before().nullable() || alter.after().nullable()) {
            return Optional.empty();
        }
        String fill = alter.fillNulls() == null ? "" : " The UPDATE filling the NULLs with " + alter.fillNulls()
                + " runs as one statement and locks every row it changes until the migration commits.";
        String why = database == LintDatabase.POSTGRESQL
                ? "SET NOT NULL reads the whole of " + alter.table() + " under an ACCESS EXCLUSIVE lock: "
                        + "no read or write of the table runs until it is done." + fill
                : "MODIFY ... NOT NULL rebuilds " + alter.table() + " row by row; without ALGORITHM=INPLACE, LOCK=NONE "
                        + "nothing stops it from locking the table when the server cannot do it in place." + fill;
        return Optional.of(new Advice(why, NotNullSteps.of(database, alter.table(), alter.after(), alter.fillNulls())));
    }
}
