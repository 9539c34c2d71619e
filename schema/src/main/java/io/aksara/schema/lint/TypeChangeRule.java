package io.aksara.schema.lint;

import io.aksara.schema.diff.Operation.AlterColumn;
import io.aksara.schema.state.ColumnState;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code type-change-rewrites-table}: a column type change that rewrites the table. PostgreSQL
 * rewrites every row and index under an ACCESS EXCLUSIVE lock except for a longer VARCHAR, VARCHAR
 * to TEXT, or more DECIMAL digits at the same scale; MariaDB copies the table
 * (ALGORITHM=COPY, writes wait) except for a longer VARCHAR that keeps its length prefix
 * (up to 255 bytes: 63 characters in utf8mb4, or both above).
 */
final class TypeChangeRule implements LintRule {
    private static final Pattern VARCHAR = Pattern.compile("VARCHAR\\((\\d+)\\)(.*)");
    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+), ?(\\d+)\\)");
    private static final int UTF8MB4_ONE_BYTE_PREFIX = 63;

    @Override
    public String id() {
        return "type-change-rewrites-table";
    }

    @Override
    public Optional<Advice> check(LintedChange change, LintDatabase database) {
        if (!(change.operation() instanceof AlterColumn alter) || !change.onExistingTable()
                || alter.before().type().equals(alter.after().type())
                || inPlace(alter.before().type(), alter.after().type(), database)) {
            return Optional.empty();
        }
        String from = alter.before().type();
        String to = alter.after().type();
        String why = database == LintDatabase.POSTGRESQL
                ? "Changing " + alter.table() + "." + alter.after().name() + " from " + from + " to " + to
                        + " rewrites every row and index of the table under an ACCESS EXCLUSIVE lock: nothing reads or writes it meanwhile."
                : "Changing " + alter.table() + "." + alter.after().name() + " from " + from + " to " + to
                        + " needs ALGORITHM=COPY: the table is copied row by row and writes to it wait until the copy ends.";
        return Optional.of(new Advice(why, steps(database, alter.table(), alter.before(), alter.after())));
    }

    /** Expand and contract: a new column beside the old one, filled while both are written, then swapped. */
    private static List<SafeStep> steps(LintDatabase database, String tableName, ColumnState before, ColumnState after) {
        SqlText sql = new SqlText(database);
        String table = sql.id(tableName);
        String column = sql.id(after.name());
        String fresh = sql.id(SqlText.name(after.name(), "new"));
        String old = sql.id(SqlText.name(after.name(), "old"));
        String swap = database == LintDatabase.POSTGRESQL
                ? "ALTER TABLE " + table + " RENAME COLUMN " + column + " TO " + old + "; ALTER TABLE " + table
                        + " RENAME COLUMN " + fresh + " TO " + column + ";"
                : "ALTER TABLE " + table + " RENAME COLUMN " + column + " TO " + old + ", RENAME COLUMN " + fresh + " TO " + column + ";";
        return List.of(
                SafeStep.sql("add a column of the new type beside the old one (no rewrite)",
                        "ALTER TABLE " + table + " ADD " + fresh + " " + sql.type(after.type()) + " NULL;"),
                SafeStep.note("release code that writes both columns (or a trigger that copies " + after.name() + " into the new one)"),
                SafeStep.sql("copy the existing values in batches, each its own transaction; repeat until it updates no row",
                        sql.batchedUpdate(table, fresh + " = " + column, fresh + " IS NULL AND " + column + " IS NOT NULL")),
                SafeStep.sql("swap the names in one short step" + (before.nullable() == after.nullable() || after.nullable()
                        ? "" : ", then make it NOT NULL the safe way (see set-not-null-scans-table)"), swap),
                SafeStep.note("a release later, when nothing reads it any more: drop the old column"));
    }

    static boolean inPlace(String from, String to, LintDatabase database) {
        Matcher a = VARCHAR.matcher(from);
        Matcher b = VARCHAR.matcher(to);
        if (a.matches() && b.matches() && a.group(2).equals(b.group(2))) {
            int before = Integer.parseInt(a.group(1));
            int after = Integer.parseInt(b.group(1));
            return after >= before && (database == LintDatabase.POSTGRESQL
                    || (before <= UTF8MB4_ONE_BYTE_PREFIX) == (after <= UTF8MB4_ONE_BYTE_PREFIX));
        }
        if (database != LintDatabase.POSTGRESQL) {
            return false;
        }
        if (a.matches() && to.equals("${aksara.text}")) {
            return true;
        }
        Matcher da = DECIMAL.matcher(from);
        Matcher db = DECIMAL.matcher(to);
        return da.matches() && db.matches() && da.group(2).equals(db.group(2))
                && Integer.parseInt(db.group(1)) >= Integer.parseInt(da.group(1));
    }
}
