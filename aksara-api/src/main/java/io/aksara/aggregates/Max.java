package io.aksara.aggregates;

import io.aksara.Q;
import io.aksara.expr.Expression;

/**
 * The largest value ({@code MAX}), of the column's type: numbers, text, dates, times and
 * timestamps (in UTC); null over no rows unless {@link #defaultValue(Object)}.
 *
 * <pre>{@code Author.objects.annotate(Max.of("books__price").as("dearest")) }</pre>
 */
public final class Max extends Aggregate<Max> {
    private Max(Expression source, boolean distinct, Q condition, Object defaultValue, String alias) {
        super(source, distinct, condition, defaultValue, alias);
    }

    /** Over a field path ({@code "price"}, {@code "books__price"}). */
    public static Max of(String path) {
        return new Max(source("Max", path), false, null, null, null);
    }

    /** Over an expression. */
    public static Max of(Expression expression) {
        return new Max(source("Max", expression), false, null, null, null);
    }

    @Override
    Max copy(Expression source, boolean distinct, Q condition, Object defaultValue, String alias) {
        return new Max(source, distinct, condition, defaultValue, alias);
    }

    @Override
    public String functionName() {
        return "max";
    }
}
