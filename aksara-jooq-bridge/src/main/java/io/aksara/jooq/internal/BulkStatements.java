package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.jooq.ModelTable;
import io.aksara.jooq.internal.plan.InsertTexts;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertOnDuplicateSetMoreStep;
import org.jooq.InsertOnDuplicateStep;
import org.jooq.InsertValuesStepN;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The SQL of {@code bulkCreate}, {@code bulkUpdate} and {@code upsert}, run over JDBC on the
 * statement's connection ({@link Lease}: the atomic block's, if any). The API has checked and
 * validated everything and makes a call of several statements atomic; this class only writes.
 *
 * <ul>
 *   <li>Insert: one statement per batch, so a batch is one round trip on every database: on
 *       PostgreSQL {@code INSERT ... SELECT * FROM unnest(?::int8[], ..)}, one array parameter per
 *       column and one text for every batch ({@link UnnestArrays}; a model with a column no array
 *       carries keeps VALUES), elsewhere a multi-row {@code INSERT ... VALUES (..), (..)}. Generated keys come back through the
 *       driver's generated keys (PostgreSQL, H2, MySQL Connector/J, which reports consecutive
 *       ids) or {@code RETURNING} (the MariaDB driver, which reports only the first id).</li>
 *   <li>Insert ignoring conflicts: a JDBC batch of single-row statements ({@code ON CONFLICT DO
 *       NOTHING}, {@code INSERT IGNORE}, a {@code MERGE} on H2), whose per-row update counts say
 *       which rows went in, so their keys can be matched to the objects. Connector/J, which
 *       {@code rewriteBatchedStatements} makes send a batch of several rows as one statement,
 *       reports no per-row counts, so there no key is matched.</li>
 *   <li>Update: on PostgreSQL one {@code UPDATE t AS u SET c = v.c FROM unnest(?::int8[], ..) AS v(id, c)
 *       WHERE u.id = v.id} per batch ({@link UnnestUpdates}), where it answers as the batch does; elsewhere
 *       (and for the rest) a JDBC batch of {@code UPDATE t SET .. WHERE pk = ?}.</li>
 *   <li>Upsert: one multi-row statement per batch, rendered by jOOQ: {@code ON CONFLICT (..) DO
 *       UPDATE ... RETURNING} (PostgreSQL, where bulkCreate's arrays do not apply; else
 *       {@code INSERT .. SELECT * FROM unnest(..) ON CONFLICT ..}, {@link UnnestUpserts}), {@code ON DUPLICATE KEY UPDATE c = VALUES(c)} (MySQL and
 *       MariaDB: the spelling both accept), {@code MERGE INTO .. USING .. WHEN MATCHED THEN UPDATE
 *       .. WHEN NOT MATCHED THEN INSERT} (H2; unlike H2's {@code MERGE .. KEY}, it leaves the
 *       columns outside the update fields alone). The multi-row forms keep their text per shape
 *       and bind later batches from the API's copies ({@link MultiRowUpserts}).</li>
 * </ul>
 */
public final class BulkStatements {
    private BulkStatements() {}

    // ---------------------------------------------------------------- insert

    /** See {@link io.aksara.spi.Backend#bulkInsert}. */
    public static <T extends Model> List<Object> insert(BackendContext db, ModelMeta<T> meta, List<T> instances,
            int batchSize, boolean ignoreConflicts) {
        if (instances.isEmpty()) {
            return List.of();
        }
        BulkRows<T> rows = BulkRows.of(db.databaseVendor(), meta, instances);
        return ignoreConflicts ? InsertIgnoring.insertIgnoring(db, rows, batchSize) : MultiRowInserts.insertAll(db, rows, batchSize);
    }

    /**
     * The multi-row INSERT of some rows; a batch at a time. Rendered with only a dialect (no open
     * database), so the vendor is {@link Vendors#of(SQLDialect) the dialect's}.
     */
    public static <T extends Model> Query insertStatement(SQLDialect dialect, ModelMeta<T> meta, List<T> instances) {
        BulkRows<T> rows = BulkRows.of(Vendors.of(dialect), meta, instances);
        return multiRowInsert(rows, instances);
    }

    static <T extends Model> InsertValuesStepN<Record> multiRowInsert(BulkRows<T> rows, List<T> batch) {
        InsertValuesStepN<Record> insert = DSL.insertInto(rows.table.table()).columns(rows.columns);
        for (T o : batch) {
            insert = insert.values(rows.values(o));
        }
        return insert;
    }

    // ---------------------------------------------------------------- update

    /**
     * See {@link io.aksara.spi.Backend#bulkUpdate}: on PostgreSQL one unnest UPDATE per batch
     * where it answers as the batch does ({@link UnnestUpdates}), else a JDBC batch of single-row
     * UPDATEs, its values set from the instances ({@link UpdateBinds}) or, for a shape whose
     * binds jOOQ makes otherwise, from a jOOQ statement per row.
     */
    public static <T extends Model> long update(BackendContext db, ModelMeta<T> meta, List<T> instances,
            List<FieldMeta<T, ?>> fields, int batchSize) {
        if (instances.isEmpty()) {
            return 0;
        }
        long byArrays = UnnestUpdates.update(db, meta, instances, fields, batchSize);
        if (byArrays >= 0) {
            return byArrays;
        }
        ModelTable table = ModelTable.of(meta, db.dialect());
        Function<T, Query> statement = o -> {
            Map<Field<?>, Object> set = new LinkedHashMap<>();
            for (FieldMeta<T, ?> f : fields) {
                set.put(table.field(f), BulkJdbc.value(table, f, o, db.dialect()));
            }
            List<Condition> byKey = new ArrayList<>();
            for (FieldMeta<T, ?> key : meta.primaryKeyFields()) { // every column of a composite key
                byKey.add(table.field(key).eq(BulkJdbc.value(table, key, o, db.dialect())));
            }
            return DSL.update(table.table()).set(set).where(byKey);
        };
        UpdateBinds.Plan plan = UpdateBinds.of(db, meta, fields, table, instances, statement);
        String sql = plan.sql();
        UpdateBinds binds = plan.binds();
        Object[] held = binds == null ? null : binds.held(instances); // read once, by the column writer where there is one
        long start = System.nanoTime();
        long matched = 0;
        StatementGuard guard = StatementGuard.before(db, sql);
        try (Lease lease = Lease.of(db); PreparedStatement ps = lease.connection().prepareStatement(sql);
                StatementGuard armed = guard.arm(ps, lease.connection())) {
            int row = 0;
            for (List<T> batch : BulkJdbc.batches(instances, batchSize)) {
                for (T o : batch) {
                    if (binds != null) {
                        binds.bind(ps, held, row++);
                    } else {
                        Statements.bind(ps, db.dsl().extractBindValues(statement.apply(o)), db);
                    }
                    ps.addBatch();
                }
                long batchMatched = 0;
                for (int count : ps.executeBatch()) {
                    // SUCCESS_NO_INFO: the statement ran but the driver does not say how many rows
                    // matched; no supported driver reports it for UPDATE batches, count it as one
                    batchMatched += count == Statement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
                }
                // one entry per batch sent, as Django's assertNumQueries counts one per batch_size objects
                BulkJdbc.logBatch(db, sql, batch.size(), start, batchMatched);
                matched += batchMatched;
                start = System.nanoTime();
            }
            guard.succeeded(matched);
            return matched;
        } catch (SQLException e) {
            throw guard.failed(e);
        }
    }

    /**
     * See {@link io.aksara.spi.Backend#bulkUpdateInOneStatement}: {@link #update}'s unnest UPDATE
     * where the instances are one batch and it answers as the batch does ({@link UnnestUpdates});
     * the rows matched, or -1 (nothing ran).
     */
    public static <T extends Model> long updateInOneStatement(BackendContext db, ModelMeta<T> meta, List<T> instances,
            List<FieldMeta<T, ?>> fields, int batchSize) {
        return instances.isEmpty() || instances.size() > batchSize ? -1 : UnnestUpdates.update(db, meta, instances, fields, batchSize);
    }

    // ---------------------------------------------------------------- upsert

    /** See {@link io.aksara.spi.Backend#upsert}. */
    public static <T extends Model> List<Object> upsert(BackendContext db, ModelMeta<T> meta, List<T> instances,
            List<FieldMeta<T, ?>> conflict, List<FieldMeta<T, ?>> update, int batchSize) {
        if (instances.isEmpty()) {
            return List.of();
        }
        BulkRows<T> rows = BulkRows.of(db.databaseVendor(), meta, instances);
        List<Object> byArrays = UnnestUpserts.upsert(db, rows, conflict, update, batchSize); // PostgreSQL, as bulkCreate
        if (byArrays != null) {
            return byArrays;
        }
        return MultiRowUpserts.upsert(db, rows, conflict, update, batchSize); // a text per shape, bound from the copies
    }

    /** A statement as the database receives it. */
    public record Rendered(String sql, List<Object> binds) {}

    /**
     * The upsert of one batch as {@link #upsert} runs it (public for the SQL rendering tests), with
     * no open database: the vendor is {@link Vendors#of(SQLDialect) the dialect's}.
     */
    public static <T extends Model> Rendered upsertSql(SQLDialect dialect, Settings settings, ModelMeta<T> meta,
            List<T> batch, List<FieldMeta<T, ?>> conflict, List<FieldMeta<T, ?>> update) {
        return upsertSql(BulkRows.of(Vendors.of(dialect), meta, batch), batch, conflict, update, settings);
    }

    static <T extends Model> Rendered upsertSql(BulkRows<T> rows, List<T> batch,
            List<FieldMeta<T, ?>> conflict, List<FieldMeta<T, ?>> update, Settings settings) {
        Field<?> key = rows.pk == null ? null : rows.table.field(rows.pk);
        Query q = upsertOf(multiRowInsert(rows, batch), rows, conflict, update, key);
        Vendor vendor = rows.vendor;
        SQLDialect dialect = vendor.upsertForm() == Vendor.UpsertForm.ON_DUPLICATE_KEY_UPDATE ? vendor.upsertDialect() : rows.dialect;
        DSLContext ctx = DSL.using(dialect, settings);
        return new Rendered(ctx.render(q), ctx.extractBindValues(q));
    }

    /**
     * The upsert of {@code insert}'s rows (multi-row VALUES, or the SELECT of {@link UnnestUpserts}):
     * {@code ON DUPLICATE KEY UPDATE c = VALUES(c)} where the vendor says so (rendered in its
     * {@link Vendor#upsertDialect}), else {@code ON CONFLICT (..) DO UPDATE SET c = excluded.c},
     * returning {@code key} where the database returns the keys (and the model has a single one).
     * The one place both forms get their conflict clause from.
     */
    static <T extends Model> Query upsertOf(InsertOnDuplicateStep<Record> insert, BulkRows<T> rows,
            List<FieldMeta<T, ?>> conflict, List<FieldMeta<T, ?>> update, Field<?> key) {
        Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
        for (FieldMeta<T, ?> f : update) {
            Field<Object> column = rows.table.field(f);
            set.put(column, DSL.excluded(column));
        }
        if (rows.vendor.upsertForm() == Vendor.UpsertForm.ON_DUPLICATE_KEY_UPDATE) {
            return insert.onDuplicateKeyUpdate().set(set);
        }
        List<Field<?>> target = new ArrayList<>();
        conflict.forEach(f -> target.add(rows.table.field(f)));
        InsertOnDuplicateSetMoreStep<Record> upsert = insert.onConflict(target).doUpdate().set(set);
        return rows.vendor.upsertReturnsKeys() && key != null ? upsert.returning(key) : upsert;
    }

}
