package io.aksara.schema.lint;

import io.aksara.schema.diff.Operation.AddForeignKey;
import io.aksara.schema.state.ForeignKeyState;
import java.util.List;
import java.util.Optional;

/**
 * {@code foreign-key-locks-tables}: adding a foreign key to a table with rows checks every row
 * while writes wait. PostgreSQL holds SHARE ROW EXCLUSIVE locks on both tables during the check
 * (the fix: {@code NOT VALID}, then {@code VALIDATE CONSTRAINT}, which lets writes go on); InnoDB
 * adds a checked foreign key only by copying the table (the fix: add it in place with
 * {@code foreign_key_checks} off, after checking for orphans yourself).
 */
final class ForeignKeyRule implements LintRule {
    @Override
    public String id() {
        return "foreign-key-locks-tables";
    }

    @Override
    public Optional<Advice> check(LintedChange change, LintDatabase database) {
        if (!(change.operation() instanceof AddForeignKey add) || !change.onExistingTable()) {
            return Optional.empty();
        }
        SqlText sql = new SqlText(database);
        ForeignKeyState fk = add.foreignKey();
        String table = sql.id(add.table());
        String constraint = "ALTER TABLE " + table + " ADD CONSTRAINT " + sql.id(fk.name()) + " FOREIGN KEY ("
                + ids(sql, fk.columns()) + ") REFERENCES " + sql.id(fk.referencedTable()) + " (" + ids(sql, fk.referencedColumns()) + ")"
                + (fk.onDelete() == null ? "" : " ON DELETE " + fk.onDelete().toUpperCase(java.util.Locale.ROOT));
        if (database == LintDatabase.POSTGRESQL) {
            return Optional.of(new Advice("ADD FOREIGN KEY reads every row of " + add.table() + " to check it while holding "
                    + "SHARE ROW EXCLUSIVE locks on " + add.table() + " and " + fk.referencedTable()
                    + ": writes to both tables wait for the whole check.", List.of(
                    SafeStep.sql("add the constraint without checking the existing rows (new writes are checked at once)",
                            constraint + " NOT VALID;"),
                    SafeStep.sql("check the existing rows in a later transaction; it takes a SHARE UPDATE EXCLUSIVE lock, "
                            + "so reads and writes go on", "ALTER TABLE " + table + " VALIDATE CONSTRAINT " + sql.id(fk.name()) + ";"))));
        }
        return Optional.of(new Advice("With foreign_key_checks on, InnoDB adds a foreign key only with ALGORITHM=COPY: "
                + add.table() + " is copied row by row and writes to it wait until the copy ends.", List.of(
                SafeStep.sql("make sure no row points at a missing " + fk.referencedTable() + " row: this must count 0 "
                        + "(the server will not check the existing rows in the next steps)",
                        "SELECT COUNT(*) FROM " + table + " c WHERE c." + sql.id(fk.columns().getFirst()) + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                                + sql.id(fk.referencedTable()) + " p WHERE " + pairs(sql, fk) + ");"),
                SafeStep.sql("in the same session, turn the checks off so the constraint can be added in place",
                        "SET SESSION foreign_key_checks = 0;"),
                SafeStep.sql("add it in place; writes go on (the statement fails rather than copy the table)",
                        constraint + ", ALGORITHM=INPLACE, LOCK=NONE;"),
                SafeStep.sql("turn the checks on again", "SET SESSION foreign_key_checks = 1;"))));
    }

    /** A column list, each quoted where needed: {@code a, b} for a foreign key to a composite key. */
    private static String ids(SqlText sql, List<String> columns) {
        return String.join(", ", columns.stream().map(sql::id).toList());
    }

    /** {@code p.x = c.a AND p.y = c.b}: every referenced column against its referencing one. */
    private static String pairs(SqlText sql, ForeignKeyState fk) {
        List<String> own = fk.columns();
        List<String> referenced = fk.referencedColumns();
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            out.add("p." + sql.id(referenced.get(i)) + " = c." + sql.id(own.get(i)));
        }
        return String.join(" AND ", out);
    }
}
