package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.ModelTable;
import io.aksara.jooq.types.ColumnReader;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.IndexMeta;
import io.aksara.meta.ModelMeta;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertOnDuplicateSetMoreStep;
import org.jooq.InsertValuesStepN;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The SQL of {@code bulkCreate}, {@code bulkUpdate} and {@code upsert}, run over JDBC on the
 * statement's connection ({@link Lease}: the atomic block's, if any). The API has checked and
 * validated everything and makes a call of several statements atomic; this class only writes.
 *
 * <ul>
 *   <li>Insert: one multi-row {@code INSERT ... VALUES (..), (..)} per batch, so a batch is one
 *       statement and one round trip on every database. Generated keys come back through the
 *       driver's generated keys (PostgreSQL, H2, MySQL Connector/J, which reports consecutive
 *       ids) or {@code RETURNING} (the MariaDB driver, which reports only the first id); see
 *       {@link MultiRowInserts}.</li>
 *   <li>Insert ignoring conflicts: a JDBC batch of single-row statements ({@code ON CONFLICT DO
 *       NOTHING}, {@code INSERT IGNORE}, a {@code MERGE} on H2), whose per-row update counts say
 *       which rows went in, so their keys can be matched to the objects. Connector/J, which
 *       {@code rewriteBatchedStatements} makes send a batch of several rows as one statement,
 *       reports no per-row counts, so there no key is matched.</li>
 *   <li>Update: a JDBC batch of {@code UPDATE t SET .. WHERE pk = ?}.</li>
 *   <li>Upsert: one multi-row statement per batch, rendered by jOOQ: {@code ON CONFLICT (..) DO
 *       UPDATE ... RETURNING} (PostgreSQL), {@code ON DUPLICATE KEY UPDATE c = VALUES(c)} (MySQL and
 *       MariaDB: the spelling both accept), {@code MERGE INTO .. USING .. WHEN MATCHED THEN UPDATE
 *       .. WHEN NOT MATCHED THEN INSERT} (H2; unlike H2's {@code MERGE .. KEY}, it leaves the
 *       columns outside the update fields alone).</li>
 * </ul>
 */
public final class BulkStatements {
    private BulkStatements() {}

    // ---------------------------------------------------------------- insert

    /** See {@link io.aksara.spi.Backend#bulkInsert}. */
    public static <T extends Model> List<Object> insert(JooqBackend db, ModelMeta<T> meta, List<T> instances,
            int batchSize, boolean ignoreConflicts) {
        if (instances.isEmpty()) {
            return List.of();
        }
        BulkRows<T> rows = BulkRows.of(db.dialect(), meta, instances);
        return ignoreConflicts ? insertIgnoring(db, rows, batchSize) : MultiRowInserts.insertAll(db, rows, batchSize);
    }

    /** The multi-row INSERT of some rows; a batch at a time. */
    public static <T extends Model> Query insertStatement(SQLDialect dialect, ModelMeta<T> meta, List<T> instances) {
        BulkRows<T> rows = BulkRows.of(dialect, meta, instances);
        return multiRowInsert(rows, instances);
    }

    static <T extends Model> InsertValuesStepN<Record> multiRowInsert(BulkRows<T> rows, List<T> batch) {
        InsertValuesStepN<Record> insert = DSL.insertInto(rows.table.table()).columns(rows.columns);
        for (T o : batch) {
            insert = insert.values(rows.values(o));
        }
        return insert;
    }

    private static <T extends Model> List<Object> insertIgnoring(JooqBackend db, BulkRows<T> rows, int batchSize) {
        Function<T, Query> statement = db.databaseVendor().insertIgnoreForm() == Vendor.InsertIgnoreForm.MERGE
                ? o -> mergeIfAbsent(rows, o)
                : o -> DSL.insertInto(rows.table.table()).columns(rows.columns).values(rows.values(o)).onConflictDoNothing();
        String sql = db.dsl().render(statement.apply(rows.instances.getFirst()));
        List<Object> keys = new ArrayList<>(rows.instances.size());
        long start = System.nanoTime();
        StatementGuard guard = StatementGuard.before(db, sql);
        try (Lease lease = Lease.of(db);
                PreparedStatement ps = rows.keyFromDatabase
                        ? lease.connection().prepareStatement(sql, new String[] {rows.pk.column()})
                        : db.databaseVendor().batchCountsNeedGeneratedKeys()
                                ? lease.connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                                : lease.connection().prepareStatement(sql);
                StatementGuard armed = guard.arm(ps, lease.connection())) {
            for (List<T> batch : batches(rows.instances, batchSize)) {
                for (T o : batch) {
                    Statements.bind(ps, db.dsl().extractBindValues(statement.apply(o)), db);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                List<Object> generated = rows.keyFromDatabase ? readKeys(ps, rows.keyReader, batch.size()) : List.of();
                keys.addAll(matchInserted(rows, batch, counts, generated));
            }
            log(db, sql + " [batch of " + rows.instances.size() + "]", start, rows.instances.size());
            guard.succeeded(rows.instances.size());
            return keys;
        } catch (SQLException e) {
            throw guard.failed(e);
        }
    }

    /**
     * Per object, its key if the database says its row went in. Counts of 0 and 1 say exactly
     * which rows did; generated keys come only for those, in order. Anything else (Connector/J's
     * SUCCESS_NO_INFO for a rewritten batch) says nothing, so no object gets a key.
     */
    private static <T extends Model> List<Object> matchInserted(BulkRows<T> rows, List<T> batch, int[] counts,
            List<Object> generated) {
        List<Object> none = Collections.nCopies(batch.size(), null);
        if (counts.length != batch.size() || Arrays.stream(counts).anyMatch(c -> c != 0 && c != 1)) {
            return none;
        }
        long inserted = Arrays.stream(counts).filter(c -> c == 1).count();
        if (rows.keyFromDatabase && generated.size() != inserted) {
            return none;
        }
        List<Object> out = new ArrayList<>(batch.size());
        int next = 0;
        for (int i = 0; i < batch.size(); i++) {
            if (counts[i] == 0) {
                out.add(null);
            } else {
                out.add(rows.keyFromDatabase ? generated.get(next++) : rows.keyOf(batch.get(i)));
            }
        }
        return out;
    }

    /**
     * H2 has no {@code ON CONFLICT DO NOTHING} outside its PostgreSQL mode, and jOOQ can only
     * emulate it for tables whose keys it knows, so this is the emulation, over the model's unique
     * constraints: {@code MERGE INTO t USING (SELECT ? c1, ..) s ON (t.pk = s.pk OR t.u = s.u ..)
     * WHEN NOT MATCHED THEN INSERT}.
     */
    private static <T extends Model> Query mergeIfAbsent(BulkRows<T> rows, T o) {
        List<Field<?>> source = new ArrayList<>();
        List<Field<?>> values = rows.values(o);
        for (int i = 0; i < rows.written.size(); i++) {
            source.add(values.get(i).as(Identifiers.of(rows.written.get(i).column())));
        }
        Table<Record> src = DSL.select(source).asTable("src");
        List<Field<?>> fromSource = new ArrayList<>();
        for (FieldMeta<T, ?> f : rows.written) {
            fromSource.add(sourceField(rows, f));
        }
        return DSL.mergeInto(rows.table.table()).using(src).on(anyUniqueMatch(rows))
                .whenNotMatchedThenInsert(rows.columns).values(fromSource);
    }

    private static <T extends Model> Field<Object> sourceField(BulkRows<T> rows, FieldMeta<?, ?> f) {
        return DSL.field(Identifiers.of("src", f.column()), rows.table.field(f).getDataType());
    }

    private static <T extends Model> Condition anyUniqueMatch(BulkRows<T> rows) {
        List<List<FieldMeta<?, ?>>> keys = new ArrayList<>();
        if (rows.meta.hasCompositeKey()) {
            keys.add(List.copyOf(rows.meta.primaryKeyFields()));
        }
        for (FieldMeta<T, ?> f : rows.meta.fields()) {
            if (f.unique()) {
                keys.add(List.of(f));
            }
        }
        for (IndexMeta ix : rows.meta.indexes()) {
            if (ix.unique()) {
                keys.add(ix.fields());
            }
        }
        Condition any = DSL.falseCondition();
        for (List<FieldMeta<?, ?>> key : keys) {
            if (!rows.written.containsAll(key)) {
                continue; // a generated key left to the database cannot clash
            }
            Condition all = DSL.trueCondition();
            for (FieldMeta<?, ?> f : key) {
                all = all.and(rows.table.field(f).eq(sourceField(rows, f)));
            }
            any = any.or(all);
        }
        return any;
    }

    // ---------------------------------------------------------------- update

    /** See {@link io.aksara.spi.Backend#bulkUpdate}. */
    public static <T extends Model> long update(JooqBackend db, ModelMeta<T> meta, List<T> instances,
            List<FieldMeta<T, ?>> fields, int batchSize) {
        if (instances.isEmpty()) {
            return 0;
        }
        ModelTable table = ModelTable.of(meta, db.dialect());
        Function<T, Query> statement = o -> {
            Map<Field<?>, Object> set = new LinkedHashMap<>();
            for (FieldMeta<T, ?> f : fields) {
                set.put(table.field(f), value(table, f, o, db.dialect()));
            }
            List<Condition> byKey = new ArrayList<>();
            for (FieldMeta<T, ?> key : meta.primaryKeyFields()) { // every column of a composite key
                byKey.add(table.field(key).eq(value(table, key, o, db.dialect())));
            }
            return DSL.update(table.table()).set(set).where(byKey);
        };
        String sql = db.dsl().render(statement.apply(instances.getFirst()));
        long start = System.nanoTime();
        long matched = 0;
        StatementGuard guard = StatementGuard.before(db, sql);
        try (Lease lease = Lease.of(db); PreparedStatement ps = lease.connection().prepareStatement(sql);
                StatementGuard armed = guard.arm(ps, lease.connection())) {
            for (List<T> batch : batches(instances, batchSize)) {
                for (T o : batch) {
                    Statements.bind(ps, db.dsl().extractBindValues(statement.apply(o)), db);
                    ps.addBatch();
                }
                for (int count : ps.executeBatch()) {
                    // SUCCESS_NO_INFO: the statement ran but the driver does not say how many rows
                    // matched; no supported driver reports it for UPDATE batches, count it as one
                    matched += count == Statement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
                }
            }
            log(db, sql + " [batch of " + instances.size() + "]", start, matched);
            guard.succeeded(matched);
            return matched;
        } catch (SQLException e) {
            throw guard.failed(e);
        }
    }

    // ---------------------------------------------------------------- upsert

    /** See {@link io.aksara.spi.Backend#upsert}. */
    public static <T extends Model> List<Object> upsert(JooqBackend db, ModelMeta<T> meta, List<T> instances,
            List<FieldMeta<T, ?>> conflict, List<FieldMeta<T, ?>> update, int batchSize) {
        if (instances.isEmpty()) {
            return List.of();
        }
        BulkRows<T> rows = BulkRows.of(db.dialect(), meta, instances);
        List<Object> keys = new ArrayList<>(instances.size());
        for (List<T> batch : batches(instances, batchSize)) {
            Rendered statement = upsertSql(rows, batch, conflict, update, db.dsl().settings());
            if (db.databaseVendor().upsertReturnsKeys()) {
                // ON CONFLICT DO UPDATE returns one row per input row, inserted or updated, in order
                List<Object> returned = Statements.query(db, statement.sql(), statement.binds(),
                        rs -> rows.keyReader.read(rs, 1));
                keys.addAll(returned.size() == batch.size() ? returned : Collections.nCopies(batch.size(), null));
            } else {
                execute(db, statement.sql(), statement.binds(), batch.size());
                keys.addAll(Collections.nCopies(batch.size(), null));
            }
        }
        return keys;
    }

    /** A statement as the database receives it. */
    public record Rendered(String sql, List<Object> binds) {}

    /** The upsert of one batch as {@link #upsert} runs it (public for the SQL rendering tests). */
    public static <T extends Model> Rendered upsertSql(SQLDialect dialect, Settings settings, ModelMeta<T> meta,
            List<T> batch, List<FieldMeta<T, ?>> conflict, List<FieldMeta<T, ?>> update) {
        return upsertSql(BulkRows.of(dialect, meta, batch), batch, conflict, update, settings);
    }

    private static <T extends Model> Rendered upsertSql(BulkRows<T> rows, List<T> batch,
            List<FieldMeta<T, ?>> conflict, List<FieldMeta<T, ?>> update, Settings settings) {
        InsertValuesStepN<Record> insert = multiRowInsert(rows, batch);
        Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
        for (FieldMeta<T, ?> f : update) {
            Field<Object> column = rows.table.field(f);
            set.put(column, DSL.excluded(column));
        }
        SQLDialect dialect = rows.dialect;
        Query q;
        Vendor vendor = Vendors.of(dialect);
        if (vendor.upsertForm() == Vendor.UpsertForm.ON_DUPLICATE_KEY_UPDATE) {
            dialect = vendor.upsertDialect();
            q = insert.onDuplicateKeyUpdate().set(set);
        } else {
            List<Field<?>> target = new ArrayList<>();
            conflict.forEach(f -> target.add(rows.table.field(f)));
            InsertOnDuplicateSetMoreStep<Record> upsert = insert.onConflict(target).doUpdate().set(set);
            q = vendor.upsertReturnsKeys() ? upsert.returning(rows.table.field(rows.pk)) : upsert;
        }
        DSLContext ctx = DSL.using(dialect, settings);
        return new Rendered(ctx.render(q), ctx.extractBindValues(q));
    }

    // ---------------------------------------------------------------- running

    static <T> List<List<T>> batches(List<T> all, int batchSize) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += batchSize) {
            out.add(all.subList(from, Math.min(all.size(), from + batchSize)));
        }
        return out;
    }

    private static void execute(JooqBackend db, String sql, List<Object> binds, int rows) {
        long start = System.nanoTime();
        StatementGuard guard = StatementGuard.before(db, sql, binds);
        try (Lease lease = Lease.of(db); PreparedStatement ps = lease.connection().prepareStatement(sql);
                StatementGuard armed = guard.arm(ps, lease.connection())) {
            Statements.bind(ps, binds, db);
            ps.executeUpdate();
            log(db, sql, start, rows);
            guard.succeeded(rows);
        } catch (SQLException e) {
            throw guard.failed(e);
        }
    }

    static List<Object> readKeys(PreparedStatement ps, ColumnReader reader, int rows) throws SQLException {
        List<Object> keys = new ArrayList<>(rows);
        try (ResultSet rs = ps.getGeneratedKeys()) {
            while (rs.next()) {
                keys.add(reader.read(rs, 1));
            }
        }
        return keys;
    }

    static Field<?> value(ModelTable table, FieldMeta<?, ?> f, Model o, SQLDialect dialect) {
        Field<Object> column = table.field(f);
        return DSL.val(JdbcValues.toJdbc(f.columnValueUnchecked(o), dialect), column.getDataType());
    }

    static void log(JooqBackend db, String sql, long start, long rows) {
        if (SqlLog.enabled()) {
            SqlLog.statement(db.alias(), sql, List.of(), System.nanoTime() - start, rows);
        }
    }
}
