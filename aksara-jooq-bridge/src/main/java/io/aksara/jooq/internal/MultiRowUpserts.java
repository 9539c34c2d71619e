package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.jooq.internal.plan.InsertTexts;
import io.aksara.meta.FieldMeta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code upsert} where {@link UnnestUpserts} does not apply (H2, MySQL, MariaDB, SQLite; on
 * PostgreSQL a composite key or a column no array carries): one multi-row statement per batch,
 * rendered by jOOQ ({@link BulkStatements#upsertSql}). As bulkCreate's multi-row INSERT
 * ({@link MultiRowInserts}), its text is kept per model, key handling, conflict and update fields,
 * number of rows and NULL pattern ({@link InsertTexts.UpsertShape}), and once kept the batch is
 * bound straight from the values the API copied when it validated the objects ({@link InsertBinds}:
 * typed setters for primitive fields, no list of values, no jOOQ statement). A text is kept only if
 * the values read from the instances equal all of jOOQ's bind values for the same batch (the
 * update clause binds none: it names the inserted row's columns); a shape where they differ is
 * always rendered and bound by jOOQ, as before.
 */
final class MultiRowUpserts {
    private MultiRowUpserts() {}

    /** The key of each instance, in order (null where the database does not say it). */
    static <T extends Model> List<Object> upsert(BackendContext db, BulkRows<T> rows, List<FieldMeta<T, ?>> conflict,
            List<FieldMeta<T, ?>> update, int batchSize) {
        InsertBinds binds = rows.binds();
        Object[] held = binds.held(rows.instances); // read once for every batch; the API's copy where it made one
        List<Object> keys = new ArrayList<>(rows.instances.size());
        int from = 0;
        for (List<T> batch : BulkJdbc.batches(rows.instances, batchSize)) {
            Prepared statement = prepare(db, rows, batch, conflict, update, binds, held, from);
            if (rows.pk == null) {
                // a composite key is given, never made: every row, inserted or updated, has the key it carries
                execute(db, statement, batch.size());
                batch.forEach(o -> keys.add(rows.keyOf(o)));
            } else if (db.databaseVendor().upsertReturnsKeys()) {
                // ON CONFLICT DO UPDATE returns one row per input row, inserted or updated, in order
                List<Object> returned = Statements.query(db, statement.sql(), statement.binds(), statement.binding(),
                        rs -> rows.keyReader.read(rs, 1), batch.size());
                keys.addAll(returned.size() == batch.size() ? returned : Collections.nCopies(batch.size(), null));
            } else {
                execute(db, statement, batch.size());
                keys.addAll(Collections.nCopies(batch.size(), null));
            }
            from += batch.size();
        }
        return keys;
    }

    /** A batch's upsert ready to run: its SQL and either its values as a list or a binding that sets them from the copies. */
    private record Prepared(String sql, List<Object> binds, Statements.Binding binding) {}

    /**
     * The batch's statement: a kept text bound from {@code held} (rows {@code from} on) when
     * nobody looks at the values; else jOOQ's rendering, or a kept text with the values as a
     * list (the statement observers and the SQL log see them).
     */
    private static <T extends Model> Prepared prepare(BackendContext db, BulkRows<T> rows, List<T> batch,
            List<FieldMeta<T, ?>> conflict, List<FieldMeta<T, ?>> update, InsertBinds binds, Object[] held, int from) {
        InsertTexts.UpsertShape shape = new InsertTexts.UpsertShape(
                new InsertTexts.Shape(rows.meta, rows.keyFromDatabase, batch.size(), binds.nulls(batch, held, from)),
                conflict, update);
        String kept = db.insertTexts().cached(shape);
        if (kept != null && Statements.valuesUnobserved()) {
            return new Prepared(kept, null, ps -> binds.bind(ps, batch, held, from));
        }
        InsertTexts.Rendered rendered = db.insertTexts().get(shape, binds.values(batch), () -> {
            BulkStatements.Rendered jooq = BulkStatements.upsertSql(rows, batch, conflict, update, db.dsl().settings());
            return new InsertTexts.Rendered(jooq.sql(), jooq.binds());
        });
        return new Prepared(rendered.sql(), rendered.binds(), null);
    }

    /** Runs a statement that returns no rows. */
    private static void execute(BackendContext db, Prepared statement, int rows) {
        BulkJdbc.execute(db, statement.sql(), statement.binds(), statement.binding(), rows);
    }
}
