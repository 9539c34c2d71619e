package io.aksara.jooq.internal;

import io.aksara.Model;
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

    private InsertBinds(Column[] columns) {
        this.columns = columns;
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
            binds = of(dialect, written, columns);
            CACHE.putIfAbsent(key, binds);
        }
        return binds;
    }

    /** The binds of these written fields, in the order of their jOOQ columns. */
    static <T extends Model> InsertBinds of(SQLDialect dialect, List<FieldMeta<T, ?>> written, List<Field<?>> columns) {
        Column[] out = new Column[written.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = column(dialect, written.get(c), columns.get(c).getDataType());
        }
        return new InsertBinds(out);
    }

    /** The binds of one row's statement: these fields, bound as columns of these types, in this order. */
    public static InsertBinds ofRow(SQLDialect dialect, List<FieldMeta<?, ?>> written, List<DataType<?>> types) {
        Column[] out = new Column[written.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = column(dialect, written.get(c), types.get(c));
        }
        return new InsertBinds(out);
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

    /** Which of the batch's bind values are NULL (numbered as the statement's parameters, from 0). */
    BitSet nulls(List<? extends Model> batch) {
        BitSet nulls = new BitSet();
        if (!anyNullable) {
            return nulls;
        }
        int index = 0;
        for (Model o : batch) {
            for (Column c : columns) {
                if (!c.neverNull() && c.value(o) == null) {
                    nulls.set(index);
                }
                index++;
            }
        }
        return nulls;
    }

    /** Binds the batch's values, row after row, as parameters 1, 2, ... */
    void bind(PreparedStatement ps, List<? extends Model> batch) throws SQLException {
        int index = 1;
        for (Model o : batch) {
            for (Column c : columns) {
                c.bind(ps, index++, o);
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
                };
                case PrimitiveAccess.OfInt<?> a when unchanged(dialect, field, type, 1_234_567) -> new TypedColumn(field) {
                    @Override public void bind(PreparedStatement ps, int i, Model o) throws SQLException {
                        ps.setInt(i, a.getInt(cast(o)));
                    }
                };
                case PrimitiveAccess.OfBoolean<?> a when unchanged(dialect, field, type, Boolean.TRUE) -> new TypedColumn(field) {
                    @Override public void bind(PreparedStatement ps, int i, Model o) throws SQLException {
                        ps.setBoolean(i, a.getBoolean(cast(o)));
                    }
                };
                case PrimitiveAccess.OfDouble<?> a when unchanged(dialect, field, type, 1.25e3) -> new TypedColumn(field) {
                    @Override public void bind(PreparedStatement ps, int i, Model o) throws SQLException {
                        ps.setDouble(i, a.getDouble(cast(o)));
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
                return JdbcValues.asBound(JdbcValues.toJdbc(field.columnValueUnchecked(o), dialect), type);
            }

            @Override public void bind(PreparedStatement ps, int i, Model o) throws SQLException {
                Object v = value(o);
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
    }
}
