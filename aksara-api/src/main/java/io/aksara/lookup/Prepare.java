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
        List<Object> raw = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            raw.addAll(c);
        } else if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                raw.add(Array.get(value, i));
            }
        } else {
            throw FieldError.wrongType(field, "a collection or array of values for '" + lookup + "'", value);
        }
        List<Object> out = new ArrayList<>(raw.size());
        for (Object o : raw) {
            if (o != null) { // as in Django, NULL never matches "in", so it is dropped
                out.add(Values.toColumnValue(field, o));
            }
        }
        return List.copyOf(out);
    }
}
