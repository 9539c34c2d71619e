package io.aksara.functions;

import io.aksara.errors.FieldError;
import io.aksara.expr.Expression;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A value converted by the database to another type ({@code CAST}); the Java class names the
 * type: {@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code Boolean},
 * {@code LocalDate}, {@code LocalTime}, {@code OffsetDateTime}. A decimal needs its precision:
 * {@link #toDecimal}.
 *
 * <pre>{@code
 * Book.objects.annotate(Cast.of("price", Integer.class).as("whole"))
 * Book.objects.annotate(Cast.toDecimal(F.of("stock"), 10, 2).as("stockDecimal"))
 * }</pre>
 *
 * @param source        what is converted
 * @param type          the Java class of the result
 * @param maxDigits     for BigDecimal: the precision
 * @param decimalPlaces for BigDecimal: the scale
 */
public record Cast(Expression source, Class<?> type, int maxDigits, int decimalPlaces) implements Expression {
    /** The classes a value can be cast to. */
    public static final java.util.Set<Class<?>> TYPES = java.util.Set.copyOf(Map.of(String.class, 1, Integer.class, 1,
            Long.class, 1, Double.class, 1, Boolean.class, 1, LocalDate.class, 1, LocalTime.class, 1,
            OffsetDateTime.class, 1, BigDecimal.class, 1).keySet());

    /** A field path or expression cast to the type of {@code type}. */
    public static Cast of(Object source, Class<?> type) {
        if (type == BigDecimal.class) {
            throw new FieldError("Cast to BigDecimal needs a precision: use Cast.toDecimal(source, maxDigits, decimalPlaces)");
        }
        if (type == null || !TYPES.contains(type)) {
            throw new FieldError("Cast can convert to String, Integer, Long, Double, Boolean, LocalDate, LocalTime, "
                    + "OffsetDateTime or (with toDecimal) BigDecimal; got " + (type == null ? "null" : type.getName()));
        }
        return new Cast(Args.field("Cast", source), type, 0, 0);
    }

    /** A field path or expression cast to {@code DECIMAL(maxDigits, decimalPlaces)}. */
    public static Cast toDecimal(Object source, int maxDigits, int decimalPlaces) {
        if (maxDigits < 1 || decimalPlaces < 0 || decimalPlaces > maxDigits) {
            throw new FieldError("Cast.toDecimal needs 1 <= maxDigits and 0 <= decimalPlaces <= maxDigits, got ("
                    + maxDigits + ", " + decimalPlaces + ")");
        }
        return new Cast(Args.field("Cast", source), BigDecimal.class, maxDigits, decimalPlaces);
    }

    @Override
    public String toString() {
        return "Cast(" + source + " AS " + type.getSimpleName() + ")";
    }
}
