package io.aksara.lookup;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A fractional bound for an integer column, made whole without changing which rows match (as
 * Django's {@code IntegerField} lookups do): {@code num__gt=11.9} is {@code num > 11},
 * {@code num__gte=11.9} is {@code num >= 12}. Other values pass unchanged, to be checked as usual.
 */
final class IntegerBound {
    private IntegerBound() {}

    /** For {@code gt} and {@code lte}: the largest whole number not above the value. */
    static Object floor(FieldMeta<?, ?> field, Object value) {
        return whole(field, value, RoundingMode.FLOOR);
    }

    /** For {@code gte} and {@code lt}: the smallest whole number not below the value. */
    static Object ceiling(FieldMeta<?, ?> field, Object value) {
        return whole(field, value, RoundingMode.CEILING);
    }

    private static Object whole(FieldMeta<?, ?> field, Object value, RoundingMode mode) {
        FieldType type = field.columnType();
        boolean integral = type == FieldType.INTEGER || type == FieldType.SMALL_INTEGER || type == FieldType.BIG_INTEGER || type == FieldType.BIG_AUTO;
        BigDecimal exact = switch (value) {
            case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
            case Float f when Float.isFinite(f) -> BigDecimal.valueOf(f);
            case BigDecimal b -> b;
            case null, default -> null;
        };
        if (!integral || exact == null) {
            return value;
        }
        BigDecimal whole = exact.setScale(0, mode);
        try {
            return type == FieldType.SMALL_INTEGER ? (Object) whole.shortValueExact()
                    : type == FieldType.INTEGER ? (Object) whole.intValueExact() : (Object) whole.longValueExact();
        } catch (ArithmeticException outOfRange) {
            return value; // beyond the column's range: refused by the usual check, with its message
        }
    }
}
