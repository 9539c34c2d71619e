package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Exact conversions of numbers shared by the numeric kinds: they only widen, never round. */
final class Numbers {
    private Numbers() {}

    static long integral(FieldMeta<?, ?> field, Object value, String expected) {
        switch (value) {
            case Integer i -> { return i; }
            case Long l -> { return l; }
            case Short s -> { return s; }
            case Byte b -> { return b; }
            case BigInteger bi -> {
                try {
                    return bi.longValueExact();
                } catch (ArithmeticException e) {
                    throw FieldError.wrongType(field, expected, value);
                }
            }
            case BigDecimal bd -> {
                try {
                    return bd.longValueExact();
                } catch (ArithmeticException e) {
                    throw FieldError.wrongType(field, expected + " (no fraction)", value);
                }
            }
            default -> throw FieldError.wrongType(field, expected, value);
        }
    }

    static BigDecimal decimal(FieldMeta<?, ?> field, Object value) {
        return switch (value) {
            case BigDecimal bd -> bd;
            case BigInteger bi -> new BigDecimal(bi);
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            // Double.toString gives the shortest text that round-trips, so 999.99 stays 999.99
            case Double d when Double.isFinite(d) -> new BigDecimal(Double.toString(d));
            case Float f when Float.isFinite(f) -> new BigDecimal(Float.toString(f));
            default -> throw FieldError.wrongType(field, "a BigDecimal (or an integer or finite double)", value);
        };
    }
}
