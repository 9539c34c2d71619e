package io.aksara.aggregates;

import io.aksara.Q;
import io.aksara.expr.Expression;

/**
 * The average of numbers ({@code AVG}): a {@code Double} for integers and floats (computed in
 * double precision on every database), a {@code BigDecimal} with the column's decimal places plus 4
 * for decimals; null over no rows unless {@link #defaultValue(Object)}.
 *
 * <pre>{@code Book.objects.aggregate(Avg.of("price"))   // {price__avg=32.097500} }</pre>
 */
public final class Avg extends Aggregate<Avg> {
    private Avg(Expression source, boolean distinct, Q condition, Object defaultValue, String alias) {
        super(source, distinct, condition, defaultValue, alias);
    }

    /** Over a field path ({@code "price"}, {@code "books__price"}). */
    public static Avg of(String path) {
        return new Avg(source("Avg", path), false, null, null, null);
    }

    /** Over an expression. */
    public static Avg of(Expression expression) {
        return new Avg(source("Avg", expression), false, null, null, null);
    }

    /** Over distinct values only. */
    public Avg distinct() {
        return withDistinct();
    }

    @Override
    Avg copy(Expression source, boolean distinct, Q condition, Object defaultValue, String alias) {
        return new Avg(source, distinct, condition, defaultValue, alias);
    }

    @Override
    public String functionName() {
        return "avg";
    }
}
