package io.aksara.aggregates;

import io.aksara.Q;
import io.aksara.expr.Expression;

/**
 * The sum of numbers ({@code SUM}): a {@code Long} for integers, a {@code Double} for floats, a
 * {@code BigDecimal} (with the column's decimal places) for decimals; null over no rows unless
 * {@link #defaultValue(Object)}.
 *
 * <pre>{@code Book.objects.aggregate(Sum.of("stock"))   // {stock__sum=13} }</pre>
 */
public final class Sum extends Aggregate<Sum> {
    private Sum(Expression source, boolean distinct, Q condition, Object defaultValue, String alias) {
        super(source, distinct, condition, defaultValue, alias);
    }

    /** Over a field path ({@code "price"}, {@code "books__price"}). */
    public static Sum of(String path) {
        return new Sum(source("Sum", path), false, null, null, null);
    }

    /** Over an expression. */
    public static Sum of(Expression expression) {
        return new Sum(source("Sum", expression), false, null, null, null);
    }

    /** Over distinct values only. */
    public Sum distinct() {
        return withDistinct();
    }

    @Override
    Sum copy(Expression source, boolean distinct, Q condition, Object defaultValue, String alias) {
        return new Sum(source, distinct, condition, defaultValue, alias);
    }

    @Override
    public String functionName() {
        return "sum";
    }
}
