package io.aksara.schema.lint;

import io.aksara.schema.diff.Operation.DropColumn;
import io.aksara.schema.state.ColumnState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code drop-column}: instances still running the previous release name the column in their
 * SELECTs and INSERTs and fail the moment it is gone; its data goes with it. The column should
 * outlive the code that uses it by one release.
 */
final class DropColumnRule implements LintRule {
    @Override
    public String id() {
        return "drop-column";
    }

    @Override
    public Optional<Advice> check(LintedChange change, LintDatabase database) {
        if (!(change.operation() instanceof DropColumn drop) || !change.onExistingTable()) {
            return Optional.empty();
        }
        SqlText sql = new SqlText(database);
        ColumnState column = drop.column();
        List<SafeStep> steps = new ArrayList<>();
        if (!column.nullable() && column.defaultValue() == null) {
            steps.add(SafeStep.sql("first let the new release insert rows without the column (instant)",
                    database == LintDatabase.POSTGRESQL
                            ? "ALTER TABLE " + sql.id(drop.table()) + " ALTER COLUMN " + sql.id(column.name()) + " DROP NOT NULL;"
                            : "ALTER TABLE " + sql.id(drop.table()) + " MODIFY " + sql.id(column.name()) + " "
                                    + sql.columnDefinition(column, true) + ";"));
        }
        steps.add(SafeStep.note("release the code without the field while the column stays"));
        steps.add(SafeStep.note("once no running instance uses it, drop it in the next release's migration"));
        return Optional.of(new Advice("Instances still running the previous release select and insert "
                + drop.table() + "." + column.name() + " and fail as soon as it is dropped; its data cannot be brought back "
                + "but from a backup.", steps));
    }
}
