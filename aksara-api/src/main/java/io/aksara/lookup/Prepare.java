package io.aksara.lookup;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.Values;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
}
