package io.aksara.schema.lint;

import io.aksara.schema.diff.Operation.AddColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code required-column-without-default}: a NOT NULL column without a default added to a table
 * with rows. PostgreSQL refuses it as soon as the table has a row (the rows have no value for it);
 * MariaDB quietly gives the existing rows the type's implicit default (0, an empty string), which
 * is rarely the value meant. {@code makemigrations} never writes one (it asks for
 * {@code --default}), so this finds hand-written ones.
 */
final class RequiredColumnRule implements LintRule {
    @Override
    public String id() {
        return "required-column-without-default";
    }

    @Override
    public Optional<Advice> check(LintedChange change, LintDatabase database) {
        if (!(change.operation() instanceof AddColumn add) || !change.onExistingTable() || add.column().nullable()
                || add.column().defaultValue() != null || add.oneOffDefault() != null
                || change.computedDefault(add.column().name()) != null) {
            return Optional.empty();
        }
        SqlText sql = new SqlText(database);
        List<SafeStep> steps = new ArrayList<>();
        steps.add(SafeStep.sql("add the column allowing NULL (instant on PostgreSQL 11+ and MariaDB 10.3+)",
                "ALTER TABLE " + sql.id(add.table()) + " ADD " + sql.id(add.column().name()) + " "
                        + sql.columnDefinition(add.column(), true) + ";"));
        steps.addAll(NotNullSteps.of(database, add.table(), add.column(), null));
        String outcome = database == LintDatabase.POSTGRESQL
                ? " fails as soon as " + add.table() + " has a row: the existing rows have no value for it."
                : " gives every existing row of " + add.table() + " the type's implicit default (0, an empty string) "
                        + "without a word: rarely the value meant.";
        return Optional.of(new Advice("ADD COLUMN " + add.column().name() + " NOT NULL without a default" + outcome
                + " If one value fits every existing row, makemigrations --default " + add.table() + "." + add.column().name()
                + "=VALUE adds it safely instead.", steps));
    }
}
