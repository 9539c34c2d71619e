package io.aksara.aggregates;

import io.aksara.Q;
import io.aksara.expr.Expression;

/**
 * The variance of numbers, always a {@code Double}: of the population by default
 * ({@code VAR_POP}), of a sample with {@link #sample()} ({@code VAR_SAMP}), as Django's
 * {@code Variance(sample=...)}.
 *
 * <pre>{@code Book.objects.aggregate(Variance.of("stock").sample()) }</pre>
 */
public final class Variance extends Aggregate<Variance> {
    private final boolean sample;

    private Variance(Expression source, boolean distinct, Q condition, Object defaultValue, String alias, boolean sample) {
        super(source, distinct, condition, defaultValue, alias);
        this.sample = sample;
    }

    /** Over a field path, of the population. */
    public static Variance of(String path) {
        return new Variance(source("Variance", path), false, null, null, null, false);
    }

    /** Over an expression, of the population. */
    public static Variance of(Expression expression) {
        return new Variance(source("Variance", expression), false, null, null, null, false);
    }

    /** Of a sample (divides by n - 1) rather than of the population. */
    public Variance sample() {
        return new Variance(source(), isDistinct(), condition(), defaultValue(), alias(), true);
    }

    /** Whether this is of a sample. */
    public boolean isSample() {
        return sample;
    }

    @Override
    Variance copy(Expression source, boolean distinct, Q condition, Object defaultValue, String alias) {
        return new Variance(source, distinct, condition, defaultValue, alias, sample);
    }

    @Override
    public String functionName() {
        return "variance";
    }
}
