package io.aksara.jooq.internal;

import io.aksara.Model;
import io.aksara.internal.RefInternals;
import io.aksara.jooq.types.ColumnReader;
import io.aksara.jooq.types.SqlTypes;
import io.aksara.kinds.FieldKind;
import io.aksara.meta.FieldAccess;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;

/**
 * How {@link RowMapper} reads a column into a field that holds an object (not a primitive), when
 * the field's kind keeps the value read as it is: the column's reader straight into the generated
 * setter, without {@link FieldMeta#setColumnValue} and its call to the kind's {@code decode}.
 *
 * <p>The readings are written once per column type (one lambda each), not as one shared lambda:
 * each then calls only its own type's reader and the JIT can inline it, where a single shared
 * reading would dispatch through every reader of every column. The implicit key and other
 * {@code Long} primary keys are read with {@code getLong} (boxed once, no {@code wasNull}: a key
 * column is NOT NULL). A foreign key's value becomes its unloaded {@code Ref} here, as
 * {@code setColumnValue} makes it. Kinds that convert ({@code decode} overridden: enums, codecs,
 * arrays, user kinds) and kinds with an SQL type of their own keep the general way.
 */
final class ObjectColumns {
    /** Whether a kind class overrides either {@code decode}: found once per kind class, by its declared methods. */
    private static final ClassValue<Boolean> CONVERTS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> kind) {
            try {
                return kind.getMethod("decode", FieldMeta.class, Object.class).getDeclaringClass() != FieldKind.class
                        || kind.getMethod("decode", Object.class).getDeclaringClass() != FieldKind.class;
            } catch (NoSuchMethodException e) {
                return true;
            }
        }
    };

    private ObjectColumns() {}

    /** The reading of an object field whose kind converts nothing, or null when the general way must be taken. */
    @SuppressWarnings("unchecked")
    static <T extends Model> RowColumns.RowColumn<T> of(FieldMeta<T, ?> field, ColumnReader reader) {
        if (field.isRelation() && field.access() != null) { // as setColumnValue: the key becomes an unloaded Ref
            FieldAccess<T, Object> access = (FieldAccess<T, Object>) field.access();
            Class<? extends Model> target = field.relatedModel();
            return (rs, i, o) -> {
                Object key = reader.read(rs, i);
                access.set(o, key == null ? null : RefInternals.unloaded(target, key, o, field));
            };
        }
        if (!keepsValue(field)) {
            return null;
        }
        FieldAccess<T, Object> access = (FieldAccess<T, Object>) field.access();
        FieldType type = field.kind().type();
        if (SqlTypes.of(field) != SqlTypes.of(type)) {
            return (rs, i, o) -> access.set(o, reader.read(rs, i)); // a kind stored as another type
        }
        return switch (type) {
            case STRING, TEXT, EMAIL -> (rs, i, o) -> access.set(o, rs.getString(i)); // every dialect reads text so
            case BIG_AUTO, BIG_INTEGER -> !notNullLongKey(field)
                    ? (rs, i, o) -> access.set(o, reader.read(rs, i))
                    : (rs, i, o) -> access.set(o, rs.getLong(i)); // boxed as the reader would
            case DECIMAL -> (rs, i, o) -> access.set(o, reader.read(rs, i));
            case DATE_TIME -> (rs, i, o) -> access.set(o, reader.read(rs, i));
            case DATE -> (rs, i, o) -> access.set(o, reader.read(rs, i));
            case INTEGER -> (rs, i, o) -> access.set(o, reader.read(rs, i));
            default -> (rs, i, o) -> access.set(o, reader.read(rs, i));
        };
    }

    /**
     * Whether the value the column's reader gives is the field's value as it is: an object field,
     * not a foreign key, whose kind converts nothing and has no SQL type of its own.
     */
    static boolean keepsValue(FieldMeta<?, ?> field) {
        return !field.isRelation() && !field.primitive() && !CONVERTS.get(field.kind().getClass())
                && SqlTypes.declared(field.kind()) == null && field.access() != null;
    }

    /**
     * Whether the field is read, as {@link #of} reads it, by the typed getter of its Java type
     * without {@code wasNull}: text by {@code getString}, a NOT NULL {@code Long} key by
     * {@code getLong}. What a generated row reader's typed branch does.
     */
    static boolean typedGetter(FieldMeta<?, ?> field) {
        FieldType type = field.kind().type();
        if (!keepsValue(field) || SqlTypes.of(field) != SqlTypes.of(type)) {
            return false;
        }
        return switch (type) {
            case STRING, TEXT, EMAIL -> field.javaType() == String.class;
            case BIG_AUTO, BIG_INTEGER -> notNullLongKey(field);
            default -> false;
        };
    }

    /**
     * A primary key column is NOT NULL in every database, whatever the model says of other columns
     * (an unmanaged table may hold NULL where the field does not allow it): no {@code wasNull}.
     */
    private static boolean notNullLongKey(FieldMeta<?, ?> field) {
        return field.primaryKey() && !field.nullable() && field.javaType() == Long.class;
    }
}
