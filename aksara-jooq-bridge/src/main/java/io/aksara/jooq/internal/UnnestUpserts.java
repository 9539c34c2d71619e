package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.meta.FieldMeta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * {@code upsert} on PostgreSQL as {@code bulkCreate} writes there: one
 * {@code INSERT INTO t (..) SELECT * FROM unnest(?::int8[], ..) ON CONFLICT (..) DO UPDATE SET
 * c = excluded.c RETURNING id} per batch (its conflict clause rendered as the VALUES form's), one
 * array per written column ({@link UnnestArrays}, bound from the API's copies where it made them). Its text depends only on the model, whether the
 * database makes the key, and the conflict and update fields, so every batch reuses one prepared
 * statement. {@code RETURNING} gives one row per input row, inserted or updated, in the arrays'
 * order (as bulkCreate's unnest INSERT relies on). Where bulkCreate's arrays do not apply (a column
 * no array carries), for a composite key or a multi-table child, {@link #upsert} gives null and
 * {@link BulkStatements} keeps its multi-row VALUES.
 */
final class UnnestUpserts {
    private UnnestUpserts() {}

    /** The key of each instance, in order (null where none came back); null when this form does not apply (nothing ran). */
    static <T extends Model> List<Object> upsert(BackendContext db, BulkRows<T> rows, List<FieldMeta<T, ?>> conflict,
            List<FieldMeta<T, ?>> update, int batchSize) {
        if (!rows.vendor.bulkInsertByUnnest() || !rows.vendor.upsertReturnsKeys() || rows.pk == null
                || rows.meta.parentLink() != null) {
            return null;
        }
        UnnestArrays arrays = UnnestArrays.of(rows);
        if (arrays == null) {
            return null;
        }
        String sql = db.insertTexts().unnestUpsert(rows.meta, rows.keyFromDatabase, conflict, update);
        if (sql == null) { // the first of this model and fields: rendered once
            sql = db.insertTexts().keepUnnestUpsert(rows.meta, rows.keyFromDatabase, conflict, update,
                    sql(db.dsl(), rows, arrays, conflict, update));
        }
        Object[] held = arrays.held(rows.instances); // read once for every batch; the API's copy where it made one
        List<Object> keys = new ArrayList<>(rows.instances.size());
        int from = 0;
        for (List<T> batch : BulkJdbc.batches(rows.instances, batchSize)) {
            int start = from;
            List<Object> seen = StatementTrace.observed() ? arrays.values(batch) : null;
            List<Object> returned = Statements.query(db, sql, seen, ps -> arrays.bind(ps, batch, held, start),
                    rs -> rows.keyReader.read(rs, 1), batch.size());
            keys.addAll(returned.size() == batch.size() ? returned : Collections.nCopies(batch.size(), null));
            from += batch.size();
        }
        return keys;
    }

    /**
     * The statement's text, rendered by jOOQ with the conflict clause of the VALUES form
     * ({@link BulkStatements#upsertOf}): the arrays' SELECT in place of the rows, and the key
     * returned by its bare name, as bulkCreate's unnest INSERT returns it.
     */
    static <T extends Model> String sql(DSLContext dsl, BulkRows<T> rows, UnnestArrays arrays,
            List<FieldMeta<T, ?>> conflict, List<FieldMeta<T, ?>> update) {
        // plain SQL of metadata only: each array's cast names its column's type, and every value is a parameter
        Select<Record> unnest = DSL.select(DSL.asterisk()).from(DSL.table(arrays.unnestSql(dsl, null, rows.columns)));
        return dsl.render(BulkStatements.upsertOf(DSL.insertInto(rows.table.table()).columns(rows.columns).select(unnest),
                rows, conflict, update, DSL.field(Identifiers.of(rows.pk.column()))));
    }
}
