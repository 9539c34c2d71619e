package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.internal.ColumnArrays;
import io.aksara.meta.FieldAccess;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.PrimitiveAccess;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;

/**
 * The bind values of a multi-row INSERT, read from the instances. Made once per model, dialect
 * and set of written columns: each column knows how to read its value from an instance and bind
 * it. A primitive {@code long}, {@code int}, {@code boolean} or {@code double} field whose value
 * reaches the driver unchanged is bound with the typed setter straight from the instance
 * ({@link PrimitiveAccess}), so a row of such fields allocates nothing; every other column goes
 * the way {@link Statements} binds a list: the field's column value, converted for JDBC
 * ({@link JdbcValues#toJdbc}, {@link JdbcValues#asBound}), then {@code setObject}.
 *
 * <p>{@link #values} gives the same values as a list, for the statement observers, the SQL log
 * and for checking a newly rendered statement against jOOQ's own bind values. {@code save()}'s
 * UPDATE binds one instance the same way ({@link #ofRow}, {@link #bindRow}).
 */
public final class InsertBinds {
    private final Column[] columns;
    private final boolean anyNullable;
    /** The columns' values copied by the model's generated column writer (level 3 code), or null: each column reads its field. */
    private final HeldColumns copier;

    private InsertBinds(Column[] columns, ModelMeta<?> meta, List<? extends FieldMeta<?, ?>> written) {
        this.columns = columns;
        HeldColumns held = null;
        if (meta != null && meta.columnWriter() != null) {
            Object[] empty = new Object[columns.length];
            for (int c = 0; c < columns.length; c++) {
                empty[c] = columns[c].newHeld(0);
            }
            held = new HeldColumns(meta, written, empty);
        }
        this.copier = held;
        boolean nullable = false;
        for (Column c : columns) {
            nullable |= !c.neverNull();
        }
        this.anyNullable = nullable;
    }

    /** What the binds of a bulk insert depend on. */
    private record Key(SQLDialect dialect, ModelMeta<?> meta, boolean keyFromDatabase) {}

    /** Bounded by models x dialects x 2: the written columns follow from the model and the key handling. */
    private static final Map<Key, InsertBinds> CACHE = new ConcurrentHashMap<>();

    /**
     * The binds of a model's bulk insert: {@code written} and {@code columns} are the model's
     * fields, without the key when the database makes it, in the order of the statement.
     */
    static <T extends Model> InsertBinds cached(SQLDialect dialect, ModelMeta<T> meta, boolean keyFromDatabase,
            List<FieldMeta<T, ?>> written, List<Field<?>> columns) {
        Key key = new Key(dialect, meta, keyFromDatabase);
        InsertBinds binds = CACHE.get(key);
        if (binds == null) {
            binds = of(dialect, meta, written, columns);
            CACHE.putIfAbsent(key, binds);
        }
        return binds;
    }

    /** The binds of these written fields, in the order of their jOOQ columns. */
    static <T extends Model> InsertBinds of(SQLDialect dialect, ModelMeta<T> meta, List<FieldMeta<T, ?>> written,
            List<Field<?>> columns) {
        Column[] out = new Column[written.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = column(dialect, written.get(c), columns.get(c).getDataType());
        }
        return new InsertBinds(out, meta, written);
    }

    /** The binds of one row's statement: these fields, bound as columns of these types, in this order. */
    public static InsertBinds ofRow(SQLDialect dialect, List<FieldMeta<?, ?>> written, List<DataType<?>> types) {
        Column[] out = new Column[written.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = column(dialect, written.get(c), types.get(c));
        }
        return new InsertBinds(out, null, written);
    }

    /** Which of one instance's values are NULL (numbered as the statement's parameters, from 0). */
    public BitSet nulls(Model instance) {
        BitSet nulls = new BitSet();
        if (anyNullable) {
            for (int c = 0; c < columns.length; c++) {
                if (!columns[c].neverNull() && columns[c].value(instance) == null) {
                    nulls.set(c);
                }
            }
        }
        return nulls;
    }

    /** Binds one instance's values as parameters 1, 2, ... */
    public void bindRow(PreparedStatement ps, Model instance) throws SQLException {
        for (int c = 0; c < columns.length; c++) {
            columns[c].bind(ps, c + 1, instance);
        }
    }

    /**
     * The values the instances hold, one array per field (as {@link HeldColumns#of}), made once for all their batches: the
     * arrays the API copied to validate them, or the model's generated column writer's copy (one
     * pass, a direct read per field) ({@link HeldColumns}); null for a model without a writer,
     * whose columns then read each instance through the field's getter (one call site shared by
     * every field of every model). For {@link #nulls} and {@link #bind}.
     */
    Object[] held(List<? extends Model> instances) {
        return copier == null ? null : copier.of(instances);
    }

    /**
     * Which of the batch's bind values are NULL (numbered as the statement's parameters, from 0);
     * the batch is rows {@code from} to {@code from + batch.size()} of {@code held} (as {@link #held}).
     */
    BitSet nulls(List<? extends Model> batch, Object[] held, int from) {
        BitSet nulls = new BitSet();
        if (!anyNullable) {
            return nulls;
        }
        int index = 0;
        for (int i = 0; i < batch.size(); i++) {
            for (int c = 0; c < columns.length; c++) {
                Column column = columns[c];
                if (!column.neverNull() && (held == null ? column.value(batch.get(i)) : column.heldValue(held[copier.slot(c)], from + i)) == null) {
                    nulls.set(index);
                }
                index++;
            }
        }
        return nulls;
    }

    /** Binds the batch's values, row after row, as parameters 1, 2, ...; {@code held} and {@code from} as for {@link #nulls}. */
    void bind(PreparedStatement ps, List<? extends Model> batch, Object[] held, int from) throws SQLException {
        int index = 1;
        for (int i = 0; i < batch.size(); i++) {
            for (int c = 0; c < columns.length; c++) {
                if (held == null) {
                    columns[c].bind(ps, index++, batch.get(i));
                } else {
                    columns[c].bindHeld(ps, index++, held[copier.slot(c)], from + i);
                }
            }
        }
    }

    /** The batch's values as a list, as jOOQ would extract them from the statement. */
    List<Object> values(List<? extends Model> batch) {
        List<Object> out = new ArrayList<>(batch.size() * columns.length);
        for (Model o : batch) {
            for (Column c : columns) {
                out.add(c.value(o));
            }
        }
        return out;
    }

    /** One column: its value in an instance, and how it is bound. */
    private interface Column {
        /** The bound value, as jOOQ would extract it. */
        Object value(Model o);

        void bind(PreparedStatement ps, int index, Model o) throws SQLException;

        /** A new array for the values {@code n} instances hold in the field ({@link io.aksara.meta.ModelColumnWriter}'s contract). */
        default Object newHeld(int n) {
            return new Object[n];
        }

        /** The bound value of row {@code i} of the held values. */
        Object heldValue(Object held, int i);

        /** Binds row {@code i} of the held values. */
        void bindHeld(PreparedStatement ps, int index, Object held, int i) throws SQLException;

        /** Whether the value can never be NULL (a primitive). */
        default boolean neverNull() {
            return false;
        }
    }

    private static Column column(SQLDialect dialect, FieldMeta<?, ?> field, DataType<?> type) {
        FieldAccess<?, ?> access = field.access();
        if (field.primitive() && !field.isRelation()) {
            Column typed = switch (access) {
                case PrimitiveAccess.OfLong<?> a when unchanged(dialect, field, type, 1_234_567_890_123L) -> new TypedColumn(field) {
                    @Override public void bind(PreparedStatement ps, int i, Model o) throws SQLException {
                        ps.setLong(i, a.getLong(cast(o)));
                    }

                    @Override public Object newHeld(int n) {
                        return new long[n];
                    }

                    @Override public void bindHeld(PreparedStatement ps, int i, Object held, int row) throws SQLException {
                        ps.setLong(i, ((long[]) held)[row]);
                    }
                };
                case PrimitiveAccess.OfInt<?> a when unchanged(dialect, field, type, 1_234_567) -> new TypedColumn(field) {
                    @Override public void bind(PreparedStatement ps, int i, Model o) throws SQLException {
                        ps.setInt(i, a.getInt(cast(o)));
                    }

                    @Override public Object newHeld(int n) {
                        return new int[n];
                    }

                    @Override public void bindHeld(PreparedStatement ps, int i, Object held, int row) throws SQLException {
                        ps.setInt(i, ((int[]) held)[row]);
                    }
                };
                case PrimitiveAccess.OfBoolean<?> a when unchanged(dialect, field, type, Boolean.TRUE) -> new TypedColumn(field) {
                    @Override public void bind(PreparedStatement ps, int i, Model o) throws SQLException {
                        ps.setBoolean(i, a.getBoolean(cast(o)));
                    }

                    @Override public Object newHeld(int n) {
                        return new boolean[n];
                    }

                    @Override public void bindHeld(PreparedStatement ps, int i, Object held, int row) throws SQLException {
                        ps.setBoolean(i, ((boolean[]) held)[row]);
                    }
                };
                case PrimitiveAccess.OfDouble<?> a when unchanged(dialect, field, type, 1.25e3) -> new TypedColumn(field) {
                    @Override public void bind(PreparedStatement ps, int i, Model o) throws SQLException {
                        ps.setDouble(i, a.getDouble(cast(o)));
                    }

                    @Override public Object newHeld(int n) {
                        return new double[n];
                    }

                    @Override public void bindHeld(PreparedStatement ps, int i, Object held, int row) throws SQLException {
                        ps.setDouble(i, ((double[]) held)[row]);
                    }
                };
                default -> null;
            };
            if (typed != null) {
                return typed;
            }
        }
        return new Column() {
            @Override public Object value(Model o) {
                return bound(field.getUnchecked(o));
            }

            @Override public Object heldValue(Object held, int i) {
                return bound(((Object[]) held)[i]);
            }

            private Object bound(Object heldValue) {
                return JdbcValues.asBound(JdbcValues.toJdbc(field.columnValueOf(heldValue), dialect), type);
            }

            @Override public void bind(PreparedStatement ps, int i, Model o) throws SQLException {
                set(ps, i, value(o));
            }

            @Override public void bindHeld(PreparedStatement ps, int i, Object held, int row) throws SQLException {
                set(ps, i, heldValue(held, row));
            }

            private void set(PreparedStatement ps, int i, Object v) throws SQLException {
                if (v == null) {
                    ps.setNull(i, Types.NULL);
                } else {
                    ps.setObject(i, JdbcValues.forStatement(v, dialect));
                }
            }
        };
    }

    /**
     * Whether a value of this field reaches the driver as it is: the field's kind stores it
     * unchanged, the column's Java type is its class, and no conversion for the dialect applies.
     * Only then is the typed setter the same as binding the boxed value.
     */
    static boolean unchanged(SQLDialect dialect, FieldMeta<?, ?> field, DataType<?> type, Object probe) {
        if (type.getType() != probe.getClass() || field.kind().encode(probe) != probe) {
            return false;
        }
        Object bound = JdbcValues.asBound(JdbcValues.toJdbc(probe, dialect), type);
        return bound == probe && JdbcValues.forStatement(bound, dialect) == probe;
    }

    @SuppressWarnings("unchecked")
    private static <M extends Model> M cast(Model o) {
        return (M) o;
    }

    /** A primitive column bound by its typed setter; its list value is the boxed one. */
    private abstract static class TypedColumn implements Column {
        private final FieldMeta<?, ?> field;

        TypedColumn(FieldMeta<?, ?> field) {
            this.field = field;
        }

        @Override public Object value(Model o) {
            return field.getUnchecked(o);
        }

        @Override public boolean neverNull() {
            return true;
        }

        @Override public Object heldValue(Object held, int i) {
            return ColumnArrays.element(held, i); // only for the list of values: a primitive is never NULL
        }
    }
}
