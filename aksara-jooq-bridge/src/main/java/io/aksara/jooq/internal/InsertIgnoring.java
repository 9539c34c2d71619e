package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.IndexMeta;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * bulkCreate(ignoreConflicts = true) for {@link BulkStatements}: a JDBC batch of single-row
 * INSERTs that skip a row breaking a unique constraint, whose per-row counts say which rows went in
 * so their keys can be matched to the objects.
 */
final class InsertIgnoring {
    private InsertIgnoring() {}

    static <T extends Model> List<Object> insertIgnoring(BackendContext db, BulkRows<T> rows, int batchSize) {
        if (rows.keyFromDatabase && db.databaseVendor().insertIgnoreRowByRow()) {
            return rowByRow(db, rows);
        }
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
            for (List<T> batch : BulkJdbc.batches(rows.instances, batchSize)) {
                for (T o : batch) {
                    Statements.bind(ps, db.dsl().extractBindValues(statement.apply(o)), db);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                List<Object> generated = rows.keyFromDatabase ? BulkJdbc.readKeys(ps, rows.keyReader, batch.size()) : List.of();
                keys.addAll(matchInserted(rows, batch, counts, generated));
            }
            BulkJdbc.log(db, sql + " [batch of " + rows.instances.size() + "]", start, rows.instances.size());
            guard.succeeded(rows.instances.size());
            return keys;
        } catch (SQLException e) {
            throw guard.failed(e);
        }
    }

    /**
     * One {@code INSERT ... ON CONFLICT DO NOTHING RETURNING key} per object: a row comes back for
     * an object whose row went in, none for one skipped ({@link Vendor#insertIgnoreRowByRow}).
     * bulkCreate runs them in one transaction.
     */
    private static <T extends Model> List<Object> rowByRow(BackendContext db, BulkRows<T> rows) {
        // jOOQ leaves RETURNING out of the SQL it renders for SQLite (it reads the driver's keys instead)
        String returning = " returning " + db.dsl().render(DSL.field(Identifiers.of(rows.pk.column())));
        List<Object> keys = new ArrayList<>(rows.instances.size());
        for (T o : rows.instances) {
            Query insert = DSL.insertInto(rows.table.table()).columns(rows.columns).values(rows.values(o)).onConflictDoNothing();
            List<Object> returned = Statements.query(db, db.dsl().render(insert) + returning, db.dsl().extractBindValues(insert),
                    rs -> rows.keyReader.read(rs, 1));
            keys.add(returned.isEmpty() ? null : returned.getFirst());
        }
        return keys;
    }

    /**
     * Per object, its key if the database says its row went in. Counts of 0 and 1 say exactly
     * which rows did; generated keys come only for those, in order. Anything else (Connector/J's
     * SUCCESS_NO_INFO for a rewritten batch) says nothing, so no object gets a key.
     */
    static <T extends Model> List<Object> matchInserted(BulkRows<T> rows, List<T> batch, int[] counts,
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
    static <T extends Model> Query mergeIfAbsent(BulkRows<T> rows, T o) {
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

    static <T extends Model> Field<Object> sourceField(BulkRows<T> rows, FieldMeta<?, ?> f) {
        return DSL.field(Identifiers.of("src", f.column()), rows.table.field(f).getDataType());
    }

    static <T extends Model> Condition anyUniqueMatch(BulkRows<T> rows) {
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
}
