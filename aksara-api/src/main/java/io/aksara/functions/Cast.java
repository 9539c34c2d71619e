package io.aksara.functions;

import io.aksara.errors.FieldError;
import io.aksara.expr.Expression;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

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
    public static final Set<Class<?>> TYPES = Set.copyOf(Map.of(String.class, 1, Integer.class, 1,
            Long.class, 1, Double.class, 1, Boolean.class, 1, LocalDate.class, 1, LocalTime.class, 1,
            OffsetDateTime.class, 1, BigDecimal.class, 1).keySet());

    /**
     * Checks the type and precision here, in the canonical constructor, so a Cast made with
     * {@code new} is held to the same rules as one made with {@link #of} or {@link #toDecimal}.
     */
    public Cast {
        if (source == null) {
            throw new FieldError("Cast needs a field path or expression, got null");
        }
        if (type == null || !TYPES.contains(type)) {
            throw new FieldError("Cast can convert to String, Integer, Long, Double, Boolean, LocalDate, LocalTime, "
                    + "OffsetDateTime or (with toDecimal) BigDecimal; got " + (type == null ? "null" : type.getName()));
        }
        if (type == BigDecimal.class) {
            if (maxDigits < 1 || maxDigits > 65 || decimalPlaces < 0 || decimalPlaces > maxDigits) {
                throw new FieldError("Cast.toDecimal needs 1 <= maxDigits <= 65 and 0 <= decimalPlaces <= maxDigits, got ("
                        + maxDigits + ", " + decimalPlaces + ")");
            }
        } else if (maxDigits != 0 || decimalPlaces != 0) {
            throw new FieldError("Only a cast to BigDecimal has a precision; Cast to " + type.getSimpleName()
                    + " takes maxDigits = decimalPlaces = 0, got (" + maxDigits + ", " + decimalPlaces + ")");
        }
    }

    /** A field path or expression cast to the type of {@code type}. */
    public static Cast of(Object source, Class<?> type) {
        if (type == BigDecimal.class) {
            throw new FieldError("Cast to BigDecimal needs a precision: use Cast.toDecimal(source, maxDigits, decimalPlaces)");
        }
        return new Cast(Args.field("Cast", source), type, 0, 0);
    }

    /** A field path or expression cast to {@code DECIMAL(maxDigits, decimalPlaces)}. */
    public static Cast toDecimal(Object source, int maxDigits, int decimalPlaces) {
        return new Cast(Args.field("Cast", source), BigDecimal.class, maxDigits, decimalPlaces);
    }

    @Override
    public String toString() {
        return "Cast(" + source + " AS " + type.getSimpleName() + ")";
    }
}
