package io.aksara.meta;

import io.aksara.Model;

/**
 * A {@link FieldAccess} of a field declared as a Java primitive ({@code long}, {@code int},
 * {@code boolean}, {@code double}) that can also read the value without boxing it. Generated
 * metamodels use these for primitive fields, so writing many rows ({@code bulkCreate}) binds
 * them with {@code setLong}/{@code setInt}/... and allocates nothing per value; code that only
 * knows {@link FieldAccess} still gets the boxed value from {@link FieldAccess#get}.
 *
 * <pre>{@code
 * FieldAccess<Product, Long> stock = PrimitiveAccess.ofLong(p -> p.stock, (p, v) -> p.stock = v);
 * long n = ((PrimitiveAccess.OfLong<Product>) stock).getLong(product);
 * }</pre>
 */
public final class PrimitiveAccess {
    private PrimitiveAccess() {}

    /** A {@code long} field, readable unboxed. */
    public interface OfLong<M extends Model> extends FieldAccess<M, Long> {
        /** The value, unboxed. */
        long getLong(M instance);
    }

    /** An {@code int} field, readable unboxed. */
    public interface OfInt<M extends Model> extends FieldAccess<M, Integer> {
        /** The value, unboxed. */
        int getInt(M instance);
    }

    /** A {@code boolean} field, readable unboxed. */
    public interface OfBoolean<M extends Model> extends FieldAccess<M, Boolean> {
        /** The value, unboxed. */
        boolean getBoolean(M instance);
    }

    /** A {@code double} field, readable unboxed. */
    public interface OfDouble<M extends Model> extends FieldAccess<M, Double> {
        /** The value, unboxed. */
        double getDouble(M instance);
    }

    /** Reads a {@code long} field. */
    @FunctionalInterface
    public interface LongGetter<M> {
        long get(M instance);
    }

    /** Reads an {@code int} field. */
    @FunctionalInterface
    public interface IntGetter<M> {
        int get(M instance);
    }

    /** Reads a {@code boolean} field. */
    @FunctionalInterface
    public interface BooleanGetter<M> {
        boolean get(M instance);
    }

    /** Reads a {@code double} field. */
    @FunctionalInterface
    public interface DoubleGetter<M> {
        double get(M instance);
    }

    /** The access of a {@code long} field, e.g. {@code ofLong(p -> p.stock, (p, v) -> p.stock = v)}. */
    public static <M extends Model> OfLong<M> ofLong(LongGetter<M> getter, FieldAccess.Setter<M, Long> setter) {
        return new OfLong<>() {
            @Override public long getLong(M instance) { return getter.get(instance); }
            @Override public Long get(M instance) { return getter.get(instance); }
            @Override public void set(M instance, Long value) { setter.set(instance, value); }
        };
    }

    /** The access of an {@code int} field, e.g. {@code ofInt(p -> p.rank, (p, v) -> p.rank = v)}. */
    public static <M extends Model> OfInt<M> ofInt(IntGetter<M> getter, FieldAccess.Setter<M, Integer> setter) {
        return new OfInt<>() {
            @Override public int getInt(M instance) { return getter.get(instance); }
            @Override public Integer get(M instance) { return getter.get(instance); }
            @Override public void set(M instance, Integer value) { setter.set(instance, value); }
        };
    }

    /** The access of a {@code boolean} field, e.g. {@code ofBoolean(p -> p.active, (p, v) -> p.active = v)}. */
    public static <M extends Model> OfBoolean<M> ofBoolean(BooleanGetter<M> getter, FieldAccess.Setter<M, Boolean> setter) {
        return new OfBoolean<>() {
            @Override public boolean getBoolean(M instance) { return getter.get(instance); }
            @Override public Boolean get(M instance) { return getter.get(instance); }
            @Override public void set(M instance, Boolean value) { setter.set(instance, value); }
        };
    }

    /** The access of a {@code double} field, e.g. {@code ofDouble(p -> p.weight, (p, v) -> p.weight = v)}. */
    public static <M extends Model> OfDouble<M> ofDouble(DoubleGetter<M> getter, FieldAccess.Setter<M, Double> setter) {
        return new OfDouble<>() {
            @Override public double getDouble(M instance) { return getter.get(instance); }
            @Override public Double get(M instance) { return getter.get(instance); }
            @Override public void set(M instance, Double value) { setter.set(instance, value); }
        };
    }
}
