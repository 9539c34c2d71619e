package io.aksara.jooq.internal.plan;

import io.aksara.Model;
import io.aksara.internal.ModelInternals;
import io.aksara.jooq.ModelTable;
import io.aksara.jooq.internal.InsertBinds;
import io.aksara.jooq.internal.JdbcValues;
import io.aksara.jooq.internal.Statements;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The statements of {@code save()}: INSERT of one row and UPDATE of one row by its key. Their SQL
 * depends only on the model, on which columns are written and on which values are NULL (jOOQ
 * renders some binds differently for NULL, a JSON document on H2 for one), so it is rendered by
 * jOOQ once per such combination, from the first instance that has it, and kept; each save then
 * only reads the fields. A bind value is made exactly as jOOQ makes it
 * ({@code DSL.val(value, type)}), so cached and fresh statements bind the same values.
 */
public final class RowWrites {
    /**
     * A statement ready to run: its SQL and either its bind values or (a kept UPDATE that nobody
     * observes) a binding that sets them straight from the instance.
     */
    public record Prepared(String sql, List<Object> binds, Statements.Binding binding) {
        Prepared(String sql, List<Object> binds) {
            this(sql, binds, null);
        }
    }

    /**
     * The columns a statement writes (then the key, for an UPDATE), with their jOOQ types, and
     * (for an UPDATE) how to bind them straight from an instance: typed setters for primitive
     * fields, as {@code bulkCreate} binds ({@link InsertBinds}).
     */
    private record Columns(List<FieldMeta<?, ?>> fields, List<DataType<?>> types, InsertBinds binder) {
        /** The values of one instance as JDBC values, and which of them are NULL. */
        Values values(Model instance, SQLDialect dialect) {
            Object[] raw = new Object[fields.size()];
            BitSet nulls = new BitSet(raw.length);
            for (int i = 0; i < raw.length; i++) {
                raw[i] = JdbcValues.toJdbc(fields.get(i).columnValueUnchecked(instance), dialect);
                if (raw[i] == null) {
                    nulls.set(i);
                }
            }
            return new Values(raw, nulls);
        }

        /** Whether some column of this insert is left to its {@code @DbDefault}. */
        boolean databaseFills(java.util.BitSet nulls) {
            for (int i = nulls.nextSetBit(0); i >= 0; i = nulls.nextSetBit(i + 1)) {
                if (fields.get(i).dbDefault() != null) {
                    return true;
                }
            }
            return false;
        }

        List<Object> binds(Object[] raw) {
            List<Object> out = new ArrayList<>(raw.length);
            for (int i = 0; i < raw.length; i++) {
                out.add(JdbcValues.asBound(raw[i], types.get(i)));
            }
            return out;
        }
    }

    private record Values(Object[] raw, BitSet nulls) {}

    /** Whether the database fills column {@code i}: a {@code @DbDefault} field left null, left out of the INSERT. */
    private static boolean defaulted(Columns cols, int i, java.util.BitSet nulls) {
        return nulls.get(i) && cols.fields().get(i).dbDefault() != null;
    }

    /** The binds without those of the columns the database fills, which have no placeholder. */
    private static List<Object> withoutDefaulted(Columns cols, List<Object> binds, java.util.BitSet nulls) {
        List<Object> out = new ArrayList<>(binds.size());
        for (int i = 0; i < binds.size(); i++) {
            if (!defaulted(cols, i, nulls)) {
                out.add(binds.get(i));
            }
        }
        return out;
    }

    private record Key(ModelMeta<?> meta, Set<String> deferred, boolean insert, boolean keyFromDatabase,
            BitSet nulls) {}

    private final SQLDialect dialect;
    private final DSLContext dsl;
    private final Map<Key, Columns> columns = new ConcurrentHashMap<>();
    private final Map<Key, String> sql = new ConcurrentHashMap<>();

    public RowWrites(SQLDialect dialect, DSLContext dsl) {
        this.dialect = dialect;
        this.dsl = dsl;
    }

    /**
     * {@code UPDATE t SET <every loaded field but the key> WHERE key = ?} (every key column for a composite key); null when there is no
     * field to set (a model of only its key).
     */
    public Prepared update(ModelMeta<?> meta, Model instance) {
        Set<String> deferred = ModelInternals.deferred(instance);
        Key columnsKey = new Key(meta, deferred, false, false, null);
        Columns known = columns.get(columnsKey); // get first: a capturing lambda per save only on a miss
        Columns cols = known != null ? known : columns.computeIfAbsent(columnsKey, k -> updateColumns(meta, deferred));
        if (cols.fields().size() == meta.primaryKeyFields().size()) {
            return null; // only the key
        }
        if (Statements.valuesUnobserved()) { // a kept statement binds from the instance: no list, no boxing
            String kept = sql.get(new Key(meta, deferred, false, false, cols.binder().nulls(instance)));
            if (kept != null) {
                return new Prepared(kept, null, ps -> cols.binder().bindRow(ps, instance));
            }
        }
        Values v = cols.values(instance, dialect);
        List<Object> binds = cols.binds(v.raw());
        Key sqlKey = new Key(meta, deferred, false, false, v.nulls());
        String text = sql.get(sqlKey);
        return new Prepared(text != null ? text : sql.computeIfAbsent(sqlKey, k -> renderUpdate(meta, cols, binds)), binds);
    }

    /** {@code INSERT INTO t (<columns>) VALUES (?, ...)}, without the key when the database makes it. */
    public Prepared insert(ModelMeta<?> meta, Model instance, boolean keyFromDatabase) {
        Columns cols = columns.computeIfAbsent(new Key(meta, Set.of(), true, keyFromDatabase, null),
                k -> insertColumns(meta, keyFromDatabase));
        Values v = cols.values(instance, dialect);
        List<Object> binds = cols.binds(v.raw());
        String text = sql.computeIfAbsent(new Key(meta, Set.of(), true, keyFromDatabase, v.nulls()),
                k -> renderInsert(meta, cols, binds, v.nulls()));
        return new Prepared(text, cols.databaseFills(v.nulls()) ? withoutDefaulted(cols, binds, v.nulls()) : binds);
    }

    private Columns updateColumns(ModelMeta<?> meta, Set<String> deferred) {
        ModelTable table = ModelTable.of(meta, dialect);
        List<FieldMeta<?, ?>> fields = new ArrayList<>();
        List<DataType<?>> types = new ArrayList<>();
        for (FieldMeta<?, ?> f : meta.fields()) {
            // a field never loaded is never written back; a generated column is written by the database alone
            if (!meta.isKeyField(f) && !deferred.contains(f.name()) && !f.isGeneratedColumn()) {
                fields.add(f);
                types.add(table.field(f).getDataType());
            }
        }
        for (FieldMeta<?, ?> key : meta.primaryKeyFields()) { // the WHERE names every column of the key
            fields.add(key);
            types.add(table.field(key).getDataType());
        }
        return new Columns(List.copyOf(fields), List.copyOf(types), InsertBinds.ofRow(dialect, fields, types));
    }

    private Columns insertColumns(ModelMeta<?> meta, boolean keyFromDatabase) {
        ModelTable table = ModelTable.of(meta, dialect);
        List<FieldMeta<?, ?>> fields = new ArrayList<>();
        List<DataType<?>> types = new ArrayList<>();
        for (FieldMeta<?, ?> f : meta.fields()) {
            if (keyFromDatabase && f.primaryKey() || f.isGeneratedColumn()) {
                continue;
            }
            fields.add(f);
            types.add(table.field(f).getDataType());
        }
        return new Columns(List.copyOf(fields), List.copyOf(types), null);
    }

    /** Rendered from the first instance with this pattern of NULLs; other instances only bind. */
    private String renderUpdate(ModelMeta<?> meta, Columns cols, List<Object> binds) {
        ModelTable table = ModelTable.of(meta, dialect);
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        int firstKey = cols.fields().size() - meta.primaryKeyFields().size();
        for (int i = 0; i < firstKey; i++) {
            Field<Object> column = table.field(cols.fields().get(i));
            values.put(column, DSL.val(binds.get(i), column.getDataType()));
        }
        List<Condition> where = new ArrayList<>();
        for (int i = firstKey; i < cols.fields().size(); i++) {
            Field<Object> key = table.field(cols.fields().get(i));
            where.add(key.eq(DSL.val(binds.get(i), key.getDataType())));
        }
        return dsl.render(dsl.update(table.table()).set(values).where(where));
    }

    private String renderInsert(ModelMeta<?> meta, Columns cols, List<Object> binds, java.util.BitSet nulls) {
        ModelTable table = ModelTable.of(meta, dialect);
        List<Field<?>> columnList = new ArrayList<>();
        List<Field<?>> values = new ArrayList<>();
        for (int i = 0; i < cols.fields().size(); i++) {
            if (defaulted(cols, i, nulls)) {
                // left out rather than written as DEFAULT: SQLite has no DEFAULT in VALUES (jOOQ writes NULL there)
                continue;
            }
            Field<Object> column = table.field(cols.fields().get(i));
            columnList.add(column);
            values.add(DSL.val(binds.get(i), column.getDataType()));
        }
        if (columnList.isEmpty()) {
            return dsl.render(dsl.insertInto(table.table()).defaultValues());
        }
        return dsl.render(dsl.insertInto(table.table()).columns(columnList).values(values));
    }
}
