package io.aksara.schema.lint;

import io.aksara.schema.diff.Operation.RenameTable;
import java.util.List;
import java.util.Optional;

/**
 * {@code rename-table}: instances still running the previous release query the old name and fail
 * the moment the table is renamed. A view under the old name (simple views are updatable on both
 * databases) keeps them working until the next release drops it.
 */
final class RenameTableRule implements LintRule {
    @Override
    public String id() {
        return "rename-table";
    }

    @Override
    public Optional<Advice> check(LintedChange change, LintDatabase database) {
        if (!(change.operation() instanceof RenameTable rename) || !change.onExistingTable()) {
            return Optional.empty();
        }
        SqlText sql = new SqlText(database);
        String from = sql.id(rename.from());
        String to = sql.id(rename.to());
        String together = database == LintDatabase.POSTGRESQL
                ? " (PostgreSQL runs both in the migration's transaction: no moment without either name)"
                : " (MariaDB commits each: keep them in one migration, right after each other)";
        return Optional.of(new Advice("Instances still running the previous release query " + rename.from()
                + " and fail the moment it is renamed to " + rename.to() + ".", List.of(
                SafeStep.sql("rename the table", "ALTER TABLE " + from + " RENAME TO " + to + ";"),
                SafeStep.sql("keep the old name as an updatable view for the previous release" + together,
                        "CREATE VIEW " + from + " AS SELECT * FROM " + to + ";"),
                SafeStep.note("a release later, when nothing uses the old name: DROP VIEW " + from))));
    }
}
