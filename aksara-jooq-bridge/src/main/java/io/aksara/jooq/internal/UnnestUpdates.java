package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.internal.ColumnArrays;
import io.aksara.jooq.ModelTable;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * {@code bulkUpdate} on PostgreSQL as one statement per batch: the key and each written field as
 * an array, joined to the table by the key,
 * {@code UPDATE t AS u SET c = v.c FROM unnest(?::int8[], ?::text[]) AS v(id, c) WHERE u.id = v.id}.
 * The arrays are bound as bulkCreate's are ({@link UnnestArrays}: the model's column writer copies
 * the values, one pass over the instances), and the text depends only on the model and the fields,
 * so one server-side prepared statement serves every batch.
 *
 * <p>Taken only where it answers exactly as the JDBC batch of single-row UPDATEs
 * ({@link BulkStatements#update}) does; {@link #update} gives -1 for the rest, which keep that
 * batch: a composite key, a multi-table child's own table (keyed by its parent link; the API
 * writes each table's fields as a call of its own), a column no
 * array carries exactly (as for bulkCreate), and a call that names the same key twice. A join
 * updates such a row once, with the values of one of its array rows, and counts it once; the batch
 * writes it once per object, the last object's values staying, and counts every object (Django
 * 4.0 and later, whose {@code CASE WHEN} keeps the first object's values and counts the row once
 * per batch, differ from both; Aksara keeps its batch's answer on every database).
 */
final class UnnestUpdates {
    private UnnestUpdates() {}

    /** The arrays and text of one model's key and fields on one database; {@code arrays} null: no array form. */
    private record Plan(UnnestArrays arrays, String sql) {}

    private record Key(BackendContext db, ModelMeta<?> meta, List<? extends FieldMeta<?, ?>> fields) {}

    private static final Plan NONE = new Plan(null, null);

    /** Bounded as the field lists an application names (past it a call works its plan out again). */
    private static final Map<Key, Plan> PLANS = new ConcurrentHashMap<>();

    /**
     * Writes {@code fields} of each instance to the row with its key, one unnest UPDATE per
     * {@code batchSize} instances; the rows matched, or -1 when this form does not apply (see the
     * class description) and nothing ran.
     */
    static <T extends Model> long update(BackendContext db, ModelMeta<T> meta, List<T> instances,
            List<FieldMeta<T, ?>> fields, int batchSize) {
        Plan plan = plan(db, meta, fields);
        UnnestArrays arrays = plan.arrays();
        if (arrays == null) {
            return -1;
        }
        Object[] held = arrays.held(instances);
        if (hasRepeatedKey(arrays.heldColumn(held, 0), instances.size())) {
            return -1;
        }
        long matched = 0;
        int from = 0;
        for (List<T> batch : BulkJdbc.batches(instances, batchSize)) {
            int at = from;
            // the observers and the SQL log see one list of values per column, as for bulkCreate's arrays
            List<Object> seen = Statements.valuesUnobserved() ? null : arrays.values(batch);
            matched += Statements.update(db, plan.sql(), seen, ps -> arrays.bind(ps, batch, held, at));
            from += batch.size();
        }
        return matched;
    }

    /** The kept plan of these fields, made at the first call; {@link #NONE} where the form does not apply. */
    private static <T extends Model> Plan plan(BackendContext db, ModelMeta<T> meta, List<FieldMeta<T, ?>> fields) {
        if (!db.databaseVendor().bulkInsertByUnnest() || meta.hasCompositeKey() || meta.parentLink() != null) {
            return NONE;
        }
        Plan plan = PLANS.get(new Key(db, meta, fields));
        if (plan == null) {
            plan = newPlan(db, meta, fields);
            if (PLANS.size() < 1_000) {
                PLANS.putIfAbsent(new Key(db, meta, List.copyOf(fields)), plan);
            }
        }
        return plan;
    }

    private static <T extends Model> Plan newPlan(BackendContext db, ModelMeta<T> meta, List<FieldMeta<T, ?>> fields) {
        ModelTable table = ModelTable.of(meta, db.dialect());
        List<FieldMeta<T, ?>> keyAndFields = new ArrayList<>(fields.size() + 1);
        List<Field<?>> columns = new ArrayList<>(fields.size() + 1);
        keyAndFields.add(meta.primaryKey());
        keyAndFields.addAll(fields);
        for (FieldMeta<T, ?> f : keyAndFields) {
            columns.add(table.field(f));
        }
        UnnestArrays arrays = UnnestArrays.ofUpdate(db.dialect(), meta, keyAndFields, columns);
        return arrays == null ? NONE : new Plan(arrays, text(db.dsl(), table, columns, arrays));
    }

    /**
     * {@code UPDATE t AS u SET a = v.a, .. FROM unnest(?::int8[], ?::text[], ..) AS v(id, a, ..)
     * WHERE u.id = v.id}, names rendered by {@code dsl}; the alias {@code u} keeps the condition
     * clear of a column that happens to be named {@code v}.
     */
    private static String text(DSLContext dsl, ModelTable table, List<Field<?>> columns, UnnestArrays arrays) {
        String target = dsl.render(DSL.name("u"));
        String source = dsl.render(DSL.name("v"));
        StringJoiner set = new StringJoiner(", ", " set ", "");
        for (Field<?> column : columns.subList(1, columns.size())) {
            String name = dsl.render(Identifiers.of(column.getName())); // quoted where the table's own names are
            set.add(name + " = " + source + "." + name);
        }
        String key = dsl.render(Identifiers.of(columns.getFirst().getName()));
        return "update " + dsl.render(table.table()) + " as " + target + set + " from " + arrays.unnestSql(dsl, source, columns)
                + " where " + target + "." + key + " = " + source + "." + key;
    }

    /**
     * Whether two of the first {@code n} keys (an array as held: {@code long[]} or boxes) are
     * equal, in one pass. While each key is above the one before (objects fetched in key order,
     * the usual case) it is above all before it, so no set is needed; from the first key out of
     * order on, the keys go into a set.
     */
    static boolean hasRepeatedKey(Object keys, int n) {
        Set<Object> seen = null;
        for (int i = 1; i < n; i++) {
            if (seen == null) {
                if (aboveLast(keys, i)) {
                    continue;
                }
                seen = HashSet.newHashSet(n);
                for (int j = 0; j < i; j++) {
                    seen.add(ColumnArrays.element(keys, j));
                }
            }
            if (!seen.add(ColumnArrays.element(keys, i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether key {@code i} is above key {@code i - 1}, compared without boxing; false for keys not comparable. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean aboveLast(Object keys, int i) {
        if (keys instanceof long[] longs) {
            return longs[i] > longs[i - 1];
        }
        Object[] values = (Object[]) keys;
        return values[i] instanceof Comparable key && values[i - 1] != null && values[i - 1].getClass() == key.getClass()
                && key.compareTo(values[i - 1]) > 0;
    }
}
