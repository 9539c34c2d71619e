package io.aksara.schema.lint;

import io.aksara.schema.diff.Operation;
import io.aksara.schema.diff.Operation.AddUnique;
import io.aksara.schema.diff.Operation.CreateIndex;
import java.util.List;
import java.util.Optional;

/**
 * {@code index-locks-writes}: on PostgreSQL, {@code CREATE INDEX} (and a unique constraint, which
 * builds one) holds a SHARE lock for the whole build, so every write to the table waits. MariaDB
 * builds secondary indexes online (ALGORITHM=INPLACE, LOCK=NONE) and is not flagged.
 */
final class IndexRule implements LintRule {
    @Override
    public String id() {
        return "index-locks-writes";
    }

    @Override
    public Optional<Advice> check(LintedChange change, LintDatabase database) {
        if (database != LintDatabase.POSTGRESQL || !change.onExistingTable()) {
            return Optional.empty();
        }
        SqlText sql = new SqlText(database);
        String table = sql.id(change.operation().table());
        String why = "CREATE INDEX holds a SHARE lock on " + change.operation().table()
                + " until the index is built: on a big table every insert, update and delete waits that long.";
        Operation op = change.operation();
        if (op instanceof CreateIndex i) {
            return Optional.of(new Advice(why, List.of(
                    SafeStep.sql("build the index while writes go on; if it fails it leaves an INVALID index: "
                            + "DROP INDEX CONCURRENTLY " + sql.id(i.index().name()) + " and run it again",
                            "CREATE INDEX CONCURRENTLY IF NOT EXISTS " + sql.id(i.index().name()) + " ON " + table
                                    + " (" + columns(sql, i.index().columns()) + ");", true))));
        }
        if (op instanceof AddUnique u) {
            String name = sql.id(u.unique().name());
            return Optional.of(new Advice(why + " A unique constraint builds such an index.", List.of(
                    SafeStep.sql("build the unique index while writes go on (an INVALID index left by a failure: "
                            + "drop it concurrently and run again)",
                            "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS " + name + " ON " + table
                                    + " (" + columns(sql, u.unique().columns()) + ");", true),
                    SafeStep.sql("turn the index into the constraint (a brief lock, no scan)",
                            "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " UNIQUE USING INDEX " + name + ";"))));
        }
        return Optional.empty();
    }

    static String columns(SqlText sql, List<String> columns) {
        return String.join(", ", columns.stream().map(sql::id).toList());
    }
}
