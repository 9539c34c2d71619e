package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.meta.FieldType;
import io.aksara.jooq.types.ColumnReader;
import io.aksara.jooq.types.SqlTypes;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.PrimitiveAccess;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How {@link RowMapper} reads one column of a row into a field of the instance, chosen once per
 * query shape and column. A primitive {@code long}, {@code int}, {@code boolean} or
 * {@code double} field that is not nullable, stored by its built-in SQL type and not converted by
 * its kind, is read with the typed getter ({@code rs.getLong(i)}, ...) and set with the generated
 * unboxed setter ({@link PrimitiveAccess}): nothing is boxed or allocated per value. Every other
 * column goes the general way: the column's {@link ColumnReader}, then
 * {@link FieldMeta#setColumnValue}, which converts through the field's kind.
 *
 * <p>A nullable primitive field keeps the general way, so a NULL still fails as it always did
 * instead of silently becoming 0.
 */
final class RowColumns {
    private RowColumns() {}

    /** Reads column {@code index} of the current row into the instance. */
    interface RowColumn<T extends Model> {
        void read(ResultSet rs, int index, T instance) throws SQLException;
    }

    /** The way to read {@code field}'s column, whose general reader is {@code reader}. */
    static <T extends Model> RowColumn<T> of(FieldMeta<T, ?> field, ColumnReader reader) {
        RowColumn<T> typed = typed(field);
        if (typed != null) {
            return typed;
        }
        RowColumn<T> plain = ObjectColumns.of(field, reader);
        if (plain != null) {
            return plain;
        }
        return (rs, i, instance) -> field.setColumnValue(instance, reader.read(rs, i));
    }

    /**
     * Whether a primitive field is read by its typed getter without {@code wasNull}: what a
     * generated row reader's typed branch does ({@link io.aksara.meta.RowShape#typed}).
     */
    static boolean typedGetter(FieldMeta<?, ?> field) {
        return typed(field) != null;
    }

    /** The typed reading of a primitive field, or null when the general way must be taken. */
    @SuppressWarnings("unchecked")
    private static <T extends Model> RowColumn<T> typed(FieldMeta<T, ?> field) {
        if (!field.primitive() || field.nullable() || field.isRelation() || field.isDerived()
                || SqlTypes.declared(field.kind()) != null) {
            return null;
        }
        Object access = field.access();
        return switch (access) {
            case PrimitiveAccess.OfLong<?> l when builtIn(field, FieldType.BIG_INTEGER, FieldType.BIG_AUTO)
                    && unconverted(field, 1_234_567_890_123L) -> {
                PrimitiveAccess.OfLong<T> a = (PrimitiveAccess.OfLong<T>) l;
                yield (rs, i, o) -> a.setLong(o, rs.getLong(i));
            }
            case PrimitiveAccess.OfInt<?> l when builtIn(field, FieldType.INTEGER, FieldType.INTEGER)
                    && unconverted(field, 1_234_567) -> {
                PrimitiveAccess.OfInt<T> a = (PrimitiveAccess.OfInt<T>) l;
                yield (rs, i, o) -> a.setInt(o, rs.getInt(i));
            }
            case PrimitiveAccess.OfBoolean<?> l when builtIn(field, FieldType.BOOLEAN, FieldType.BOOLEAN)
                    && unconverted(field, Boolean.TRUE) -> {
                PrimitiveAccess.OfBoolean<T> a = (PrimitiveAccess.OfBoolean<T>) l;
                yield (rs, i, o) -> a.setBoolean(o, rs.getBoolean(i));
            }
            case PrimitiveAccess.OfDouble<?> l when builtIn(field, FieldType.FLOAT, FieldType.FLOAT)
                    && unconverted(field, 1.25e3) -> {
                PrimitiveAccess.OfDouble<T> a = (PrimitiveAccess.OfDouble<T>) l;
                yield (rs, i, o) -> a.setDouble(o, rs.getDouble(i));
            }
            default -> null;
        };
    }

    /**
     * Whether the field's column is read by the built-in reader of one of these types: the one
     * that calls the typed getter (and {@code wasNull}, which a non-null column never needs).
     */
    private static boolean builtIn(FieldMeta<?, ?> field, FieldType one, FieldType other) {
        var type = SqlTypes.of(field);
        return type == SqlTypes.of(one) || type == SqlTypes.of(other);
    }

    /** Whether the field's kind keeps a value read from the column as it is (the kind converts nothing). */
    private static boolean unconverted(FieldMeta<?, ?> field, Object probe) {
        return field.kind().decode(field, probe) == probe;
    }
}
