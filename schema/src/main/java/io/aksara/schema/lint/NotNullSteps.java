package io.aksara.schema.lint;

import io.aksara.schema.state.ColumnState;
import java.util.ArrayList;
import java.util.List;

/**
 * The safe way to make a column with rows NOT NULL, shared by the rules that end there: fill the
 * NULLs in batches, then on PostgreSQL prove the column has none with a validated CHECK (which
 * lets {@code SET NOT NULL} skip its scan, PostgreSQL 12+), on MariaDB rebuild in place with
 * writes going on.
 */
final class NotNullSteps {
    private NotNullSteps() {}

    /**
     * @param column    the column as it ends (NOT NULL, its type and default)
     * @param fillValue the value for existing NULL rows as text, or null when there is none to give
     */
    static List<SafeStep> of(LintDatabase database, String tableName, ColumnState column, String fillValue) {
        SqlText sql = new SqlText(database);
        String table = sql.id(tableName);
        String col = sql.id(column.name());
        List<SafeStep> steps = new ArrayList<>();
        String fill = sql.batchedUpdate(table, col + " = " + (fillValue == null ? "<value>" : sql.literal(fillValue)), col + " IS NULL");
        steps.add(fillValue == null
                ? SafeStep.note("fill the existing rows in batches, each its own transaction, until none is left: " + fill)
                : SafeStep.sql("fill the existing NULLs in batches, each its own transaction; repeat until it updates no row", fill));
        if (database == LintDatabase.POSTGRESQL) {
            String check = sql.id(SqlText.name(tableName, column.name(), "not_null"));
            steps.add(SafeStep.sql("promise no NULLs without reading the table (a brief lock; new rows are checked)",
                    "ALTER TABLE " + table + " ADD CONSTRAINT " + check + " CHECK (" + col + " IS NOT NULL) NOT VALID;"));
            steps.add(SafeStep.sql("check the existing rows under a SHARE UPDATE EXCLUSIVE lock: reads and writes go on",
                    "ALTER TABLE " + table + " VALIDATE CONSTRAINT " + check + ";"));
            steps.add(SafeStep.sql("set NOT NULL: PostgreSQL 12+ sees the validated check and skips the scan",
                    "ALTER TABLE " + table + " ALTER COLUMN " + col + " SET NOT NULL;"));
            steps.add(SafeStep.sql("drop the helper check", "ALTER TABLE " + table + " DROP CONSTRAINT " + check + ";"));
        } else {
            steps.add(SafeStep.sql("rebuild in place with writes going on; the statement fails instead of locking the table "
                    + "when the server cannot do that", "ALTER TABLE " + table + " MODIFY " + col + " "
                    + sql.columnDefinition(column, false) + ", ALGORITHM=INPLACE, LOCK=NONE;"));
        }
        return steps;
    }
}
