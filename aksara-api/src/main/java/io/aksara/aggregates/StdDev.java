package io.aksara.aggregates;

import io.aksara.Q;
import io.aksara.expr.Expression;

/**
 * The standard deviation of numbers, always a {@code Double}: of the population by default
 * ({@code STDDEV_POP}), of a sample with {@link #sample()} ({@code STDDEV_SAMP}), as Django's
 * {@code StdDev(sample=...)}.
 *
 * <pre>{@code Book.objects.aggregate(StdDev.of("stock"))   // {stock__stddev=2.8613807855648994} }</pre>
 */
public final class StdDev extends Aggregate<StdDev> {
    private final boolean sample;

    private StdDev(Expression source, boolean distinct, Q condition, Object defaultValue, String alias, boolean sample) {
        super(source, distinct, condition, defaultValue, alias);
        this.sample = sample;
    }

    /** Over a field path, of the population. */
    public static StdDev of(String path) {
        return new StdDev(source("StdDev", path), false, null, null, null, false);
    }

    /** Over an expression, of the population. */
    public static StdDev of(Expression expression) {
        return new StdDev(source("StdDev", expression), false, null, null, null, false);
    }

    /** Of a sample (divides by n - 1) rather than of the population. */
    public StdDev sample() {
        return new StdDev(source(), isDistinct(), condition(), defaultValue(), alias(), true);
    }

    /** Whether this is of a sample. */
    public boolean isSample() {
        return sample;
    }

    @Override
    StdDev copy(Expression source, boolean distinct, Q condition, Object defaultValue, String alias) {
        return new StdDev(source, distinct, condition, defaultValue, alias, sample);
    }

    @Override
    public String functionName() {
        return "stddev";
    }
}
