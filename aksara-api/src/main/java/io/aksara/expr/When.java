package io.aksara.expr;

import io.aksara.Q;
import io.aksara.errors.FieldError;

/**
 * One branch of a {@link Case}: when the condition holds, the value. The value is a constant
 * (a string too) or an expression; reference a column with {@link io.aksara.F}.
 *
 * <pre>{@code
 * When.of(Q.of("year__lt", 2020), "backlist")
 * When.of("stock", 0, F.of("reserved"))
 * }</pre>
 *
 * @param condition the condition, as in {@code filter}
 * @param then      the value
 */
public record When(Q condition, Expression then) {
    public When {
        if (condition == null) {
            throw new FieldError("When needs a condition, got null");
        }
        if (then == null) {
            throw new FieldError("When needs a value, got null; a Case without otherwise() is NULL when no When holds");
        }
    }

    /** When the condition holds, {@code then} (a constant or an expression). */
    public static When of(Q condition, Object then) {
        return new When(condition, Value.wrap(then));
    }

    /** When the lookup holds ({@code When.of("year__lt", 2020, "old")}), {@code then}. */
    public static When of(String lookup, Object value, Object then) {
        return of(Q.of(lookup, value), then);
    }
}
