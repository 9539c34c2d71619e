package io.aksara.aggregates;

import io.aksara.Q;
import io.aksara.expr.Expression;

/**
 * The smallest value ({@code MIN}), of the column's type: numbers, text, dates, times and
 * timestamps (in UTC); null over no rows unless {@link #defaultValue(Object)}.
 *
 * <pre>{@code Book.objects.aggregate(Min.of("published"))   // an OffsetDateTime in UTC }</pre>
 */
public final class Min extends Aggregate<Min> {
    private Min(Expression source, boolean distinct, Q condition, Object defaultValue, String alias) {
        super(source, distinct, condition, defaultValue, alias);
    }

    /** Over a field path ({@code "price"}, {@code "books__price"}). */
    public static Min of(String path) {
        return new Min(source("Min", path), false, null, null, null);
    }

    /** Over an expression. */
    public static Min of(Expression expression) {
        return new Min(source("Min", expression), false, null, null, null);
    }

    @Override
    Min copy(Expression source, boolean distinct, Q condition, Object defaultValue, String alias) {
        return new Min(source, distinct, condition, defaultValue, alias);
    }

    @Override
    public String functionName() {
        return "min";
    }
}
