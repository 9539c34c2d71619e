package io.aksara.lookup;

import io.aksara.errors.FieldError;
import io.aksara.kinds.AutoKind;
import io.aksara.kinds.BigIntegerKind;
import io.aksara.kinds.IntegerKind;
import io.aksara.kinds.UuidKind;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.Values;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Value checks shared by the built-in lookups. */
final class Prepare {
    private Prepare() {}

    static boolean ordered(FieldType type) {
        return type.family() != FieldType.Family.BOOLEAN;
    }

    static boolean textual(FieldType type) {
        return type.family() == FieldType.Family.TEXT || type.family() == FieldType.Family.JSON;
    }

    /** One non-null value converted for the field. */
    static Object single(FieldMeta<?, ?> field, String lookup, Object value) {
        if (value == null) {
            throw new FieldError("Lookup '" + lookup + "' on " + field.qualifiedName()
                    + " cannot take null; use '" + field.name() + "__isnull'");
        }
        return Values.toColumnValue(field, value);
    }

    /** The elements of a collection or array, each converted for the field. */
    static List<Object> many(FieldMeta<?, ?> field, String lookup, Object value) {
        if (value instanceof Collection<?> c) {
            return many(field, c);
        }
        if (value == null || !value.getClass().isArray()) {
            throw FieldError.wrongType(field, "a collection or array of values for '" + lookup + "'", value);
        }
        List<Object> raw = new ArrayList<>();
        for (int i = 0; i < Array.getLength(value); i++) {
            raw.add(Array.get(value, i));
        }
        return many(field, raw);
    }

    /**
     * The non-null elements, converted. A collection already holding the field's values and no
     * null (prefetch's keys, a list of ids) is kept: {@code List.copyOf} returns an immutable list
     * as it is, so the usual {@code in} list is not copied at all.
     */
    private static List<Object> many(FieldMeta<?, ?> field, Collection<?> values) {
        if (allUnchanged(field, values)) {
            return List.copyOf(values);
        }
        List<Object> out = null; // made at the first element that is null or converts to another object
        int same = 0;
        for (Object o : values) {
            Object converted = o == null ? null : Values.toColumnValue(field, o);
            if (out == null && o != null && converted == o) {
                same++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(values.size());
                var again = values.iterator();
                for (int i = 0; i < same; i++) {
                    out.add(again.next()); // the elements before this one, already as they convert
                }
            }
            if (converted != null) { // as in Django, NULL never matches "in", so it is dropped
                out.add(converted);
            }
        }
        return out == null ? List.copyOf(values) : List.copyOf(out);
    }

    /**
     * Whether every element is non-null and exactly of the class the field's conversion returns
     * as it is (an {@code Integer} for an int key, a foreign key's or not): then converting each
     * one (per key a registry lookup, a composite-key check and a new box for an int above 127)
     * would change nothing, and one pass of class checks stands for it. A prefetch's keys and a
     * list of ids take this path; anything else (text, models, nulls, other number classes) is
     * converted, and checked, as before.
     */
    private static boolean allUnchanged(FieldMeta<?, ?> field, Collection<?> values) {
        if (values.isEmpty()) {
            return false;
        }
        Class<?> type = null;
        for (Object o : values) {
            if (o == null || (type != null && o.getClass() != type)) {
                return false;
            }
            type = o.getClass();
        }
        // the metadata is read only for a class that can pass, as the first element's conversion would read it
        return (type == Integer.class || type == Long.class || type == UUID.class) && type == unchangedClass(field);
    }

    /**
     * The class whose values {@link Values#toColumnValue} returns unchanged for this field, without
     * a check that could fail, or null when no class is (text is checked for characters no database
     * stores; a small integer for its range). A foreign key holds its target's key.
     */
    private static Class<?> unchangedClass(FieldMeta<?, ?> field) {
        FieldMeta<?, ?> column = field;
        for (int hops = 0; column.isRelation(); hops++) { // a one-to-one primary key may point on again
            ModelMeta<?> target = column.relatedMeta();
            if (hops == 4 || target.hasCompositeKey()) {
                return null;
            }
            column = target.primaryKey();
        }
        Class<?> kind = column.kind().getClass();
        if (kind == IntegerKind.class) {
            return Integer.class;
        }
        if (kind == AutoKind.class || kind == BigIntegerKind.class) {
            return Long.class;
        }
        return kind == UuidKind.class ? UUID.class : null;
    }
}
