package io.aksara.internal;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.Values;

/**
 * A primary key given by hand ({@code Ref.toId(Reporter.class, "33")}, {@code create("reporter", "33")})
 * converted to what the target's key field holds, as Django's {@code get_prep_value} does: text
 * digits for an integer key become a number, and an {@code int} for a 64-bit key becomes a
 * {@code long}, so the key compares equal to the one read from the database.
 */
public final class Keys {
    private Keys() {}

    /** The key as the key field {@code pk} holds it; a {@link FieldError} names the field when it cannot be. */
    public static Object of(FieldMeta<?, ?> pk, Object raw) {
        if (raw instanceof CharSequence text && isIntegral(pk.columnType())) {
            try {
                return Values.toColumnValue(pk, Long.parseLong(text.toString().strip()));
            } catch (NumberFormatException e) {
                throw FieldError.wrongType(pk, "an integer key (digits, when given as text)", raw);
            }
        }
        return Values.toColumnValue(pk, raw);
    }

    private static boolean isIntegral(FieldType type) {
        return type == FieldType.INTEGER || type == FieldType.SMALL_INTEGER || type == FieldType.BIG_INTEGER || type == FieldType.BIG_AUTO;
    }
}
