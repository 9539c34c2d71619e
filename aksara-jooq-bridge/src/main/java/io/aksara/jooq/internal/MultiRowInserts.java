package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.jooq.internal.plan.InsertTexts;
import io.aksara.jooq.types.ColumnReader;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.InsertValuesStepN;
import org.jooq.Query;
import org.jooq.Record;

/**
 * {@code bulkCreate} without {@code ignoreConflicts}: on PostgreSQL one {@code INSERT ... SELECT *
 * FROM unnest(?::int8[], ..) RETURNING id} per batch, an array per column ({@link UnnestArrays}), where every
 * column fits one; elsewhere one multi-row {@code INSERT ... VALUES (..), (..)} per batch, its SQL kept per shape ({@link InsertTexts}) and, once kept, bound straight
 * from the instances ({@link InsertBinds}). Generated keys come back through the driver's
 * generated keys, or {@code RETURNING} where the driver reports only the first (MariaDB's); a
 * driver that reports one key for a batch whose keys are consecutive has them counted back.
 * {@link BulkStatements} holds the other bulk writes and the shared pieces.
 */
final class MultiRowInserts {
    private MultiRowInserts() {}

    static <T extends Model> List<Object> insertAll(BackendContext db, BulkRows<T> rows, int batchSize) {
        UnnestArrays arrays = rows.vendor.bulkInsertByUnnest() ? UnnestArrays.of(rows) : null;
        // the fields' values, read once for every batch (the NULLs and the binds); the API's copy where it made one
        Object[] held = arrays != null ? arrays.held(rows.instances) : rows.binds().held(rows.instances);
        if (rows.instances.size() <= batchSize) {
            return insertBatch(db, rows, rows.instances, arrays, held, 0); // its keys are all the keys: no copy
        }
        List<List<T>> batches = BulkJdbc.batches(rows.instances, batchSize);
        List<Object> keys = new ArrayList<>(rows.instances.size());
        int from = 0;
        for (List<T> batch : batches) {
            keys.addAll(insertBatch(db, rows, batch, arrays, held, from));
            from += batch.size();
        }
        return keys;
    }

    /**
     * One multi-row INSERT: the key of each row of the batch, in its order (null where not known).
     * The batch is rows {@code from} to {@code from + batch.size()} of the instances and of {@code held}.
     */
    private static <T extends Model> List<Object> insertBatch(BackendContext db, BulkRows<T> rows, List<T> batch,
            UnnestArrays arrays, Object[] held, int from) {
        Prepared insert = multiRowInsertSql(db, rows, batch, arrays, held, from);
        if (!rows.keyFromDatabase) {
            executeForKeys(db, insert, null, null, batch.size());
            List<Object> keys = new ArrayList<>(batch.size());
            batch.forEach(o -> keys.add(rows.keyOf(o)));
            return keys;
        }
        List<Object> generated = rows.returningKeys() || insert.returnsKeys()
                ? Statements.query(db, insert.sql(), insert.binds(), insert.binding(), rs -> rows.keyReader.read(rs, 1),
                        batch.size())
                : executeForKeys(db, insert, rows.pk.column(), rows.keyReader, batch.size());
        if (generated.size() == 1 && batch.size() > 1 && db.databaseVendor().bulkKeysAreConsecutive()
                && generated.getFirst() instanceof Long last) {
            generated = BulkJdbc.consecutiveKeysEndingAt(last, batch.size());
        }
        // a driver that reports fewer keys than rows cannot be trusted to match them: set none
        return generated.size() == batch.size() ? generated : Collections.nCopies(batch.size(), null);
    }

    /**
     * A multi-row INSERT ready to run: its SQL, and either its bind values as a list or (when
     * nobody looks at them: no statement observer, no SQL log) a binding that sets them straight
     * from the instances.
     */
    private record Prepared(String sql, List<Object> binds, Statements.Binding binding, boolean returnsKeys) {}

    /**
     * The multi-row INSERT of a batch, its SQL from {@link InsertTexts}, rendered by jOOQ once per
     * shape. A kept text is bound straight from the instances ({@link InsertBinds}: typed setters
     * for primitive fields, no list of values); a new shape is rendered by jOOQ and kept only if
     * the values read from the instances equal the ones jOOQ extracts.
     */
    private static <T extends Model> Prepared multiRowInsertSql(BackendContext db, BulkRows<T> rows, List<T> batch,
            UnnestArrays arrays, Object[] held, int from) {
        if (arrays != null) {
            String sql = db.insertTexts().unnest(rows.meta, rows.keyFromDatabase);
            if (sql == null) { // the first of this model: no Supplier to render it allocated on every call
                sql = db.insertTexts().keepUnnest(rows.meta, rows.keyFromDatabase, arrays.insertSql(db, rows));
            }
            List<Object> seen = StatementTrace.observed() ? arrays.values(batch) : null;
            // its text ends in RETURNING when the database makes the key (UnnestArrays.insertSql)
            return new Prepared(sql, seen, ps -> arrays.bind(ps, batch, held, from), rows.keyFromDatabase);
        }
        InsertBinds binds = rows.binds();
        InsertTexts.Shape shape = new InsertTexts.Shape(rows.meta, rows.keyFromDatabase, batch.size(), binds.nulls(batch, held, from));
        String kept = db.insertTexts().cached(shape);
        if (kept != null && !StatementTrace.observed() && !SqlLog.enabled()) {
            return new Prepared(kept, null, ps -> binds.bind(ps, batch, held, from), false);
        }
        InsertTexts.Rendered insert = db.insertTexts().get(shape, binds.values(batch), () -> {
            InsertValuesStepN<Record> q = BulkStatements.multiRowInsert(rows, batch);
            Query statement = rows.keyFromDatabase && rows.returningKeys()
                    ? q.returning(rows.table.field(rows.pk)) : q;
            return new InsertTexts.Rendered(db.dsl().render(statement), db.dsl().extractBindValues(statement));
        });
        return new Prepared(insert.sql(), insert.binds(), null, false);
    }

    /**
     * Runs an INSERT; with a {@code keyColumn}, returns the keys the driver reports for it (read
     * with {@code reader}), else none.
     */
    private static List<Object> executeForKeys(BackendContext db, Prepared insert, String keyColumn, ColumnReader reader,
            int rows) {
        long start = System.nanoTime();
        StatementGuard guard = StatementGuard.before(db, insert.sql(), insert.binds());
        try (Lease lease = Lease.of(db);
                PreparedStatement ps = keyColumn == null ? lease.connection().prepareStatement(insert.sql())
                        : lease.connection().prepareStatement(insert.sql(), new String[] {keyColumn});
                StatementGuard armed = guard.arm(ps, lease.connection())) {
            if (insert.binding() != null) {
                insert.binding().bind(ps);
            } else {
                Statements.bind(ps, insert.binds(), db);
            }
            ps.executeUpdate();
            List<Object> keys = keyColumn == null ? List.of() : BulkJdbc.readKeys(ps, reader, rows);
            BulkJdbc.log(db, insert.sql(), start, rows);
            guard.succeeded(rows);
            return keys;
        } catch (SQLException e) {
            throw guard.failed(e);
        }
    }
}
