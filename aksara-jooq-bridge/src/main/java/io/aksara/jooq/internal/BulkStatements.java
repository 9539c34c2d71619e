package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.internal.CompositeKeys;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.ModelTable;
import io.aksara.jooq.internal.plan.InsertTexts;
import io.aksara.jooq.types.ColumnReader;
import io.aksara.jooq.types.SqlTypes;
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
 *       ids) or {@code RETURNING} (the MariaDB driver, which reports only the first id).</li>
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
        Rows<T> rows = Rows.of(db.dialect(), meta, instances);
        return ignoreConflicts ? insertIgnoring(db, rows, batchSize) : insertAll(db, rows, batchSize);
    }

    /** The multi-row INSERT of some rows; a batch at a time. */
    public static <T extends Model> Query insertStatement(SQLDialect dialect, ModelMeta<T> meta, List<T> instances) {
        Rows<T> rows = Rows.of(dialect, meta, instances);
        return multiRowInsert(rows, instances);
    }

    private static <T extends Model> List<Object> insertAll(JooqBackend db, Rows<T> rows, int batchSize) {
        List<List<T>> batches = batches(rows.instances, batchSize);
        if (batches.size() == 1) {
            return insertBatch(db, rows, batches.getFirst()); // its keys are all the keys: no copy
        }
        List<Object> keys = new ArrayList<>(rows.instances.size());
        for (List<T> batch : batches) {
            keys.addAll(insertBatch(db, rows, batch));
        }
        return keys;
    }

    /** One multi-row INSERT: the key of each row of the batch, in its order (null where not known). */
    private static <T extends Model> List<Object> insertBatch(JooqBackend db, Rows<T> rows, List<T> batch) {
        Prepared insert = multiRowInsertSql(db, rows, batch);
        if (!rows.keyFromDatabase) {
            executeForKeys(db, insert, null, null, batch.size());
            List<Object> keys = new ArrayList<>(batch.size());
            batch.forEach(o -> keys.add(rows.keyOf(o)));
            return keys;
        }
        List<Object> generated = rows.returningKeys(db.dialect())
                ? Statements.query(db, insert.sql(), insert.binds(), insert.binding(), rs -> rows.keyReader.read(rs, 1),
                        batch.size())
                : executeForKeys(db, insert, rows.pk.column(), rows.keyReader, batch.size());
        if (generated.size() == 1 && batch.size() > 1 && db.databaseVendor().bulkKeysAreConsecutive()
                && generated.getFirst() instanceof Long last) {
            generated = consecutiveKeysEndingAt(last, batch.size());
        }
        // a driver that reports fewer keys than rows cannot be trusted to match them: set none
        return generated.size() == batch.size() ? generated : Collections.nCopies(batch.size(), null);
    }

    /**
     * A multi-row INSERT ready to run: its SQL, and either its bind values as a list or (when
     * nobody looks at them: no statement observer, no SQL log) a binding that sets them straight
     * from the instances.
     */
    private record Prepared(String sql, List<Object> binds, Statements.Binding binding) {}

    /**
     * The multi-row INSERT of a batch, its SQL from {@link InsertTexts}, rendered by jOOQ once per
     * shape. A kept text is bound straight from the instances ({@link InsertBinds}: typed setters
     * for primitive fields, no list of values); a new shape is rendered by jOOQ and kept only if
     * the values read from the instances equal the ones jOOQ extracts.
     */
    private static <T extends Model> Prepared multiRowInsertSql(JooqBackend db, Rows<T> rows, List<T> batch) {
        InsertBinds binds = rows.binds();
        InsertTexts.Shape shape = new InsertTexts.Shape(rows.meta, rows.keyFromDatabase, batch.size(), binds.nulls(batch));
        String kept = db.insertTexts().cached(shape);
        if (kept != null && !StatementTrace.observed() && !SqlLog.enabled()) {
            return new Prepared(kept, null, ps -> binds.bind(ps, batch));
        }
        InsertTexts.Rendered insert = db.insertTexts().get(shape, binds.values(batch), () -> {
            InsertValuesStepN<Record> q = multiRowInsert(rows, batch);
            Query statement = rows.keyFromDatabase && rows.returningKeys(db.dialect())
                    ? q.returning(rows.table.field(rows.pk)) : q;
            return new InsertTexts.Rendered(db.dsl().render(statement), db.dsl().extractBindValues(statement));
        });
        return new Prepared(insert.sql(), insert.binds(), null);
    }

    private static <T extends Model> InsertValuesStepN<Record> multiRowInsert(Rows<T> rows, List<T> batch) {
        InsertValuesStepN<Record> insert = DSL.insertInto(rows.table.table()).columns(rows.columns);
        for (T o : batch) {
            insert = insert.values(rows.values(o));
        }
        return insert;
    }

    private static <T extends Model> List<Object> insertIgnoring(JooqBackend db, Rows<T> rows, int batchSize) {
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
    private static <T extends Model> List<Object> matchInserted(Rows<T> rows, List<T> batch, int[] counts,
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
    private static <T extends Model> Query mergeIfAbsent(Rows<T> rows, T o) {
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

    private static <T extends Model> Field<Object> sourceField(Rows<T> rows, FieldMeta<?, ?> f) {
        return DSL.field(Identifiers.of("src", f.column()), rows.table.field(f).getDataType());
    }

    private static <T extends Model> Condition anyUniqueMatch(Rows<T> rows) {
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
        Rows<T> rows = Rows.of(db.dialect(), meta, instances);
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
        return upsertSql(Rows.of(dialect, meta, batch), batch, conflict, update, settings);
    }

    private static <T extends Model> Rendered upsertSql(Rows<T> rows, List<T> batch,
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

    private static <T> List<List<T>> batches(List<T> all, int batchSize) {
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

    /**
     * Runs an INSERT; with a {@code keyColumn}, returns the keys the driver reports for it (read
     * with {@code reader}), else none.
     */
    private static List<Object> executeForKeys(JooqBackend db, Prepared insert, String keyColumn, ColumnReader reader,
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
            List<Object> keys = keyColumn == null ? List.of() : readKeys(ps, reader, rows);
            log(db, insert.sql(), start, rows);
            guard.succeeded(rows);
            return keys;
        } catch (SQLException e) {
            throw guard.failed(e);
        }
    }

    /** The keys of {@code rows} rows numbered one after another, the last being {@code last}. */
    private static List<Object> consecutiveKeysEndingAt(long last, int rows) {
        List<Object> keys = new ArrayList<>(rows);
        for (long k = last - rows + 1; k <= last; k++) {
            keys.add(k);
        }
        return keys;
    }

    private static List<Object> readKeys(PreparedStatement ps, ColumnReader reader, int rows) throws SQLException {
        List<Object> keys = new ArrayList<>(rows);
        try (ResultSet rs = ps.getGeneratedKeys()) {
            while (rs.next()) {
                keys.add(reader.read(rs, 1));
            }
        }
        return keys;
    }

    private static Field<?> value(ModelTable table, FieldMeta<?, ?> f, Model o, SQLDialect dialect) {
        Field<Object> column = table.field(f);
        return DSL.val(JdbcValues.toJdbc(f.columnValueUnchecked(o), dialect), column.getDataType());
    }

    private static void log(JooqBackend db, String sql, long start, long rows) {
        if (SqlLog.enabled()) {
            SqlLog.statement(db.alias(), sql, List.of(), System.nanoTime() - start, rows);
        }
    }

    /** The columns one call writes, and how to read the values of an instance for them. */
    private static final class Rows<T extends Model> {
        final SQLDialect dialect;
        final ModelMeta<T> meta;
        final ModelTable table;
        final List<T> instances;
        final FieldMeta<T, ?> pk;
        final boolean keyFromDatabase;
        final List<FieldMeta<T, ?>> written = new ArrayList<>();
        final List<Field<?>> columns = new ArrayList<>();
        final ColumnReader keyReader;

        private Rows(SQLDialect dialect, ModelMeta<T> meta, List<T> instances) {
            this.dialect = dialect;
            this.meta = meta;
            this.table = ModelTable.of(meta, dialect);
            this.instances = instances;
            // a composite key is always given: its fields are the row's own values
            this.pk = meta.hasCompositeKey() ? null : meta.primaryKey();
            this.keyFromDatabase = pk != null && pk.generated() && pk.get(instances.getFirst()) == null;
            for (T o : instances) {
                if (pk != null && (pk.generated() && pk.get(o) == null) != keyFromDatabase) {
                    throw new IllegalArgumentException("a bulk write takes instances that all carry their key"
                            + " or all leave it to the database");
                }
            }
            for (FieldMeta<T, ?> f : meta.fields()) {
                if (!(f == pk && keyFromDatabase)) {
                    written.add(f);
                    columns.add(table.field(f));
                }
            }
            this.keyReader = pk == null ? null : SqlTypes.of(pk).reader(dialect);
        }

        /** The key an instance carries: its key field's value, or a composite key of its key fields. */
        Object keyOf(T o) {
            return CompositeKeys.valueOf(meta, o);
        }

        static <T extends Model> Rows<T> of(SQLDialect dialect, ModelMeta<T> meta, List<T> instances) {
            return new Rows<>(dialect, meta, instances);
        }

        /** How this model's written columns are bound (made once per model, dialect and key handling). */
        InsertBinds binds() {
            return InsertBinds.cached(dialect, meta, keyFromDatabase, written, columns);
        }

        List<Field<?>> values(T o) {
            List<Field<?>> out = new ArrayList<>(written.size());
            for (FieldMeta<T, ?> f : written) {
                out.add(value(table, f, o, dialect));
            }
            return out;
        }

        /** The MariaDB driver reports only the first id of a multi-row INSERT; RETURNING gives them all. */
        boolean returningKeys(SQLDialect d) {
            return Vendors.of(d).bulkKeysByReturning();
        }
    }
}
