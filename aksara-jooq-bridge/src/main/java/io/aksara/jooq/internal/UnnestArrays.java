package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.jooq.internal.UnnestColumns.BoxedColumn;
import io.aksara.jooq.internal.UnnestColumns.Column;
import io.aksara.jooq.internal.UnnestColumns.DirectColumn;
import io.aksara.jooq.internal.UnnestColumns.PrimitiveColumn;
import io.aksara.jooq.types.SqlTypes;
import io.aksara.kinds.DateTimeKind;
import io.aksara.kinds.DecimalKind;
import io.aksara.kinds.EmailKind;
import io.aksara.kinds.FieldKind;
import io.aksara.kinds.StringKind;
import io.aksara.kinds.TextKind;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.PrimitiveAccess;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.types.DayToSecond;

/**
 * The parameters of {@code bulkCreate} on PostgreSQL ({@link io.aksara.jooq.vendor.Vendor#bulkInsertByUnnest}):
 * one array per written column, unnested into rows by
 * {@code INSERT INTO t (a, b) SELECT * FROM unnest(?::int8[], ?::text[])}. Its text depends only on
 * the model and whether the database makes the key, never on the batch size or which values are NULL
 * (an array carries its NULLs), so one server-side prepared statement serves every batch.
 *
 * <p>A column goes into an array only when its bound values are of a class whose PostgreSQL array
 * form is exact: numbers, booleans, text, decimals, UUIDs, bytes, and dates, times, timestamps,
 * intervals and JSON sent as their text and cast by the SQL. A primitive field whose value reaches
 * the driver unchanged fills a primitive array straight from the instances. A model with any other
 * column (an array column, a kind that declares its own SQL type, a {@code dbType} such as a
 * PostgreSQL enum) has no arrays ({@link #of} gives null) and keeps the multi-row VALUES.
 */
final class UnnestArrays {
    private final Column[] columns;
    /** Where each column's values are held, copied by the model's generated column writer (level 3 code). */
    private final HeldColumns copier;
    /** Whether {@link #copier} copies: false without a column writer (each column then reads its field). */
    private final boolean copies;
    private final ModelMeta<?> meta;

    private UnnestArrays(Column[] columns, ModelMeta<?> meta, boolean withWriter) {
        this.columns = columns;
        this.meta = meta;
        Object[] empty = new Object[columns.length];
        List<FieldMeta<?, ?>> fields = new ArrayList<>(columns.length);
        for (int c = 0; c < columns.length; c++) {
            empty[c] = columns[c].newHeld(0);
            fields.add(columns[c].field);
        }
        this.copier = new HeldColumns(meta, fields, empty);
        this.copies = withWriter && copier.copies();
    }

    /** The same columns read through each field's getter, as for a level 1–2 metamodel (tests compare the two). */
    UnnestArrays throughGetters() {
        return new UnnestArrays(columns, meta, false);
    }

    private record Key(SQLDialect dialect, ModelMeta<?> meta, boolean keyFromDatabase) {}

    /** Bounded by models x dialects x 2, as {@link InsertBinds}'s cache. */
    private static final Map<Key, Optional<UnnestArrays>> CACHE = new ConcurrentHashMap<>();

    /** The arrays of this bulk insert's columns, or null when a column cannot be carried by one. */
    static <T extends Model> UnnestArrays of(BulkRows<T> rows) {
        Key key = new Key(rows.dialect, rows.meta, rows.keyFromDatabase);
        Optional<UnnestArrays> arrays = CACHE.get(key);
        if (arrays == null) {
            arrays = Optional.ofNullable(build(rows.dialect, rows.meta, rows.written, rows.columns));
            CACHE.putIfAbsent(key, arrays);
        }
        return arrays.orElse(null);
    }

    /**
     * The arrays of a {@code bulkUpdate}'s key and fields ({@code fields[i]} written to
     * {@code columns[i]}), copied by the model's column writer as bulkCreate's are; null when a
     * column cannot be carried by one. Made once per model and fields ({@link UnnestUpdates} keeps it).
     */
    static <T extends Model> UnnestArrays ofUpdate(SQLDialect dialect, ModelMeta<T> meta, List<FieldMeta<T, ?>> fields,
            List<Field<?>> columns) {
        return build(dialect, meta, fields, columns);
    }

    /** Column {@code c}'s values in {@link #held}: an array of the values its field holds. */
    Object heldColumn(Object[] held, int c) {
        return held[copier.slot(c)];
    }

    /**
     * {@code INSERT INTO t (a, b) SELECT * FROM unnest(?::int8[], ?::text[])}, names rendered by
     * {@code db}, ending in {@code RETURNING id} when the database makes the key: run as a query,
     * the keys come back as its rows, without the driver's generated-keys rewrite of the text.
     */
    <T extends Model> String insertSql(BackendContext db, BulkRows<T> rows) {
        String returning = rows.keyFromDatabase ? " returning " + db.dsl().render(Identifiers.of(rows.pk.column())) : "";
        return "insert into " + db.dsl().render(rows.table.table()) + names(db.dsl(), rows.columns, " (", ")")
                + " select * from " + unnestSql(db.dsl(), null, rows.columns) + returning;
    }

    /**
     * {@code unnest(?::int8[], ?::text[])}: one parameter per column, its array cast to the
     * column's type; with an {@code alias} (rendered), the rows are named as a table,
     * {@code unnest(..) as v (id, a)}, {@code columns} giving the names. The text of both the
     * bulkCreate INSERT and the bulkUpdate UPDATE ({@link UnnestUpdates}).
     */
    String unnestSql(DSLContext dsl, String alias, List<Field<?>> columns) {
        StringJoiner arrays = new StringJoiner(", ", "unnest(", ")");
        for (Column c : this.columns) {
            arrays.add("?::" + c.sqlType + "[]");
        }
        return alias == null ? arrays.toString() : arrays + names(dsl, columns, " as " + alias + " (", ")");
    }

    private static String names(DSLContext dsl, List<Field<?>> columns, String prefix, String suffix) {
        StringJoiner names = new StringJoiner(", ", prefix, suffix);
        for (Field<?> column : columns) {
            names.add(dsl.render(Identifiers.of(column.getName()))); // quoted where the table's own names are
        }
        return names.toString();
    }

    /**
     * Binds the batch: parameter n is the array of column n's values, in the batch's order; the
     * batch is rows {@code from} to {@code from + batch.size()} of {@code held} (as {@link #held}).
     */
    void bind(PreparedStatement ps, List<? extends Model> batch, Object[] held, int from) throws SQLException {
        Connection connection = ps.getConnection();
        for (int c = 0; c < columns.length; c++) {
            columns[c].bind(ps, c + 1, connection, HeldColumns.rows(held[copier.slot(c)], from, batch.size()));
        }
    }

    /**
     * The values the instances hold, one array per field (as {@link HeldColumns#of}), made once for all their batches. With
     * the model's generated writer, the arrays the API copied to validate them ({@link HeldColumns})
     * or one pass over the instances with a direct read per field; without it, a pass per column
     * through the field's getter (one call site shared by every field of every model, so
     * megamorphic: the cost the generated writer removes).
     */
    Object[] held(List<? extends Model> instances) {
        if (copies) {
            return copier.of(instances);
        }
        Object[] held = new Object[copier.fieldCount()];
        for (int c = 0; c < columns.length; c++) {
            Object values = columns[c].newHeld(instances.size());
            columns[c].fill(values, instances);
            held[copier.slot(c)] = values;
        }
        return held;
    }

    /** The batch's values, one list per column, for the statement observers. */
    List<Object> values(List<? extends Model> batch) {
        List<Object> out = new ArrayList<>(columns.length);
        for (Column c : columns) {
            List<Object> column = new ArrayList<>(batch.size());
            for (Model o : batch) {
                column.add(c.value(o));
            }
            out.add(column);
        }
        return out;
    }

    private static <T extends Model> UnnestArrays build(SQLDialect dialect, ModelMeta<T> meta,
            List<FieldMeta<T, ?>> written, List<Field<?>> columns) {
        Column[] out = new Column[written.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = column(dialect, written.get(c), columns.get(c).getDataType());
            if (out[c] == null) {
                return null;
            }
        }
        return new UnnestArrays(out, meta, true);
    }

    /** The array form of one column, or null when its values have none that is exact. */
    private static Column column(SQLDialect dialect, FieldMeta<?, ?> field, DataType<?> type) {
        FieldMeta<?, ?> stored = field;
        while (stored.isRelation()) {
            stored = stored.relatedMeta().primaryKey();
        }
        if (field.dbType() != null || stored.dbType() != null || stored.type() == FieldType.ARRAY
                || SqlTypes.declared(stored.kind()) != null) {
            return null; // a type of its own: only a bind of its single value is known to reach it
        }
        if (field.primitive() && !field.isRelation()) {
            Column primitive = switch (field.access()) {
                case PrimitiveAccess.OfLong<?> a when InsertBinds.unchanged(dialect, field, type, 1_234_567_890_123L) ->
                        new PrimitiveColumn(field, "int8", long[]::new, (held, batch) -> {
                            long[] values = (long[]) held;
                            for (int i = 0; i < values.length; i++) {
                                values[i] = a.getLong(cast(batch.get(i)));
                            }
                        });
                case PrimitiveAccess.OfInt<?> a when InsertBinds.unchanged(dialect, field, type, 1_234_567) ->
                        new PrimitiveColumn(field, "int4", int[]::new, (held, batch) -> {
                            int[] values = (int[]) held;
                            for (int i = 0; i < values.length; i++) {
                                values[i] = a.getInt(cast(batch.get(i)));
                            }
                        });
                case PrimitiveAccess.OfDouble<?> a when InsertBinds.unchanged(dialect, field, type, 1.25e3) ->
                        new PrimitiveColumn(field, "float8", double[]::new, (held, batch) -> {
                            double[] values = (double[]) held;
                            for (int i = 0; i < values.length; i++) {
                                values[i] = a.getDouble(cast(batch.get(i)));
                            }
                        });
                case PrimitiveAccess.OfBoolean<?> a when InsertBinds.unchanged(dialect, field, type, Boolean.TRUE) ->
                        new PrimitiveColumn(field, "bool", boolean[]::new, (held, batch) -> {
                            boolean[] values = (boolean[]) held;
                            for (int i = 0; i < values.length; i++) {
                                values[i] = a.getBoolean(cast(batch.get(i)));
                            }
                        });
                default -> null;
            };
            if (primitive != null) {
                return primitive;
            }
        }
        Class<?> bound = type.getType();
        if (!field.isRelation()) {
            // the built-in kinds store the value the field holds: no per-row conversion to look for
            FieldKind<?> kind = field.kind();
            if ((kind instanceof StringKind || kind instanceof TextKind || kind instanceof EmailKind)
                    && bound == String.class) {
                return new DirectColumn(field, type, dialect, "text", "text", String[]::new, String.class, false);
            } else if (kind instanceof DecimalKind && bound == BigDecimal.class) {
                return new DirectColumn(field, type, dialect, "numeric", "numeric", BigDecimal[]::new,
                        BigDecimal.class, false);
            } else if (kind instanceof DateTimeKind && bound == OffsetDateTime.class) {
                return new DirectColumn(field, type, dialect, "timestamptz", "text", String[]::new,
                        OffsetDateTime.class, true);
            }
        }
        // sent as they are: pgjdbc encodes these arrays exactly (binary for the numbers)
        if (bound == Long.class) {
            return new BoxedColumn(field, type, dialect, "int8", "int8", Long[]::new, false);
        } else if (bound == Integer.class) {
            return new BoxedColumn(field, type, dialect, "int4", "int4", Integer[]::new, false);
        } else if (bound == Short.class) {
            return new BoxedColumn(field, type, dialect, "int2", "int2", Short[]::new, false);
        } else if (bound == Double.class) {
            return new BoxedColumn(field, type, dialect, "float8", "float8", Double[]::new, false);
        } else if (bound == Float.class) {
            return new BoxedColumn(field, type, dialect, "float4", "float4", Float[]::new, false);
        } else if (bound == Boolean.class) {
            return new BoxedColumn(field, type, dialect, "bool", "bool", Boolean[]::new, false);
        } else if (bound == BigDecimal.class) {
            return new BoxedColumn(field, type, dialect, "numeric", "numeric", BigDecimal[]::new, false);
        } else if (bound == UUID.class) {
            return new BoxedColumn(field, type, dialect, "uuid", "uuid", UUID[]::new, false);
        } else if (bound == byte[].class) {
            return new BoxedColumn(field, type, dialect, "bytea", "bytea", byte[][]::new, false);
        } else if (bound == String.class) {
            // unbounded text: the INSERT's own assignment checks a varchar(n)'s length, as for VALUES
            return new BoxedColumn(field, type, dialect, "text", "text", String[]::new, false);
        }
        // sent as text, read by the type's own input function (ISO 8601; UTC for a timestamptz)
        String cast = bound == OffsetDateTime.class ? "timestamptz"
                : bound == LocalDateTime.class ? "timestamp"
                : bound == LocalDate.class ? "date"
                : bound == LocalTime.class ? "time"
                : bound == DayToSecond.class ? "interval"
                : bound == org.jooq.JSONB.class ? "jsonb"
                : bound == org.jooq.JSON.class ? "json"
                : null;
        return cast == null ? null : new BoxedColumn(field, type, dialect, cast, "text", String[]::new, true);
    }

    @SuppressWarnings("unchecked")
    private static <M extends Model> M cast(Model o) {
        return (M) o;
    }
}
