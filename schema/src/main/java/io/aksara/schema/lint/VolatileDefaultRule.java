package io.aksara.schema.lint;

import io.aksara.schema.diff.Operation.AddColumn;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code volatile-default-rewrites-table}: on PostgreSQL (11 and later) a column added with a
 * constant default is instant, but a volatile default ({@code random()}, {@code clock_timestamp()},
 * {@code gen_random_uuid()}, ...) is computed for every existing row: the table is rewritten under
 * an ACCESS EXCLUSIVE lock. (Before PostgreSQL 11 every default did that.) Such defaults come from
 * hand-written {@code defaultValueComputed} attributes.
 */
final class VolatileDefaultRule implements LintRule {
    private static final List<String> VOLATILE = List.of("random(", "clock_timestamp(", "timeofday(", "gen_random_uuid(",
            "uuid_generate_v1", "uuid_generate_v4", "nextval(", "txid_current(", "uuidv7(", "uuidv4(");

    @Override
    public String id() {
        return "volatile-default-rewrites-table";
    }

    @Override
    public Optional<Advice> check(LintedChange change, LintDatabase database) {
        if (database != LintDatabase.POSTGRESQL || !(change.operation() instanceof AddColumn add) || !change.onExistingTable()) {
            return Optional.empty();
        }
        String computed = change.computedDefault(add.column().name());
        if (computed == null || VOLATILE.stream().noneMatch(f -> computed.toLowerCase(Locale.ROOT).replace(" ", "").contains(f))) {
            return Optional.empty();
        }
        SqlText sql = new SqlText(database);
        String table = sql.id(add.table());
        String column = sql.id(add.column().name());
        return Optional.of(new Advice("The default " + computed + " is volatile: PostgreSQL computes it for every existing row "
                + "of " + add.table() + ", rewriting the table under an ACCESS EXCLUSIVE lock (only constant and stable defaults "
                + "are instant).", List.of(
                SafeStep.sql("add the column without a default (instant)", "ALTER TABLE " + table + " ADD " + column + " "
                        + sql.type(add.column().type()) + " NULL;"),
                SafeStep.sql("give new rows the default (no rewrite: it applies to future inserts only)",
                        "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DEFAULT " + computed + ";"),
                SafeStep.sql("fill the existing rows in batches, each its own transaction; repeat until it updates no row",
                        sql.batchedUpdate(table, column + " = " + computed, column + " IS NULL")),
                SafeStep.note(add.column().nullable() ? "done: the column stays nullable"
                        : "make it NOT NULL the safe way (see set-not-null-scans-table)"))));
    }
}
