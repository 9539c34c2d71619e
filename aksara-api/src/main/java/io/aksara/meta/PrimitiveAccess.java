package io.aksara.meta;

import io.aksara.Model;

/**
 * A {@link FieldAccess} of a field declared as a Java primitive ({@code long}, {@code int},
 * {@code boolean}, {@code double}) that can also read and write the value without boxing it.
 * Generated metamodels use these for primitive fields, so writing many rows ({@code bulkCreate})
 * binds them with {@code setLong}/{@code setInt}/... and reading rows sets them from
 * {@code getLong}/{@code getInt}/..., allocating nothing per value; code that only knows
 * {@link FieldAccess} still gets and sets the boxed value.
 *
 * <pre>{@code
 * FieldAccess<Product, Long> stock = PrimitiveAccess.longField(p -> p.stock, (p, v) -> p.stock = v);
 * long n = ((PrimitiveAccess.OfLong<Product>) stock).getLong(product);
 * ((PrimitiveAccess.OfLong<Product>) stock).setLong(product, n + 1);
 * }</pre>
 *
 * <p>The older factories ({@link #ofLong}, ...) take a boxed setter; their unboxed setters box.
 */
public final class PrimitiveAccess {
    private PrimitiveAccess() {}

    /** A {@code long} field, readable unboxed. */
    public interface OfLong<M extends Model> extends FieldAccess<M, Long> {
        /** The value, unboxed. */
        long getLong(M instance);

        /** Sets the value, unboxed (boxes only for an access made by the older {@code ofLong}). */
        default void setLong(M instance, long value) {
            set(instance, value);
        }
    }

    /** An {@code int} field, readable unboxed. */
    public interface OfInt<M extends Model> extends FieldAccess<M, Integer> {
        /** The value, unboxed. */
        int getInt(M instance);

        /** Sets the value, unboxed (boxes only for an access made by the older {@code ofInt}). */
        default void setInt(M instance, int value) {
            set(instance, value);
        }
    }

    /** A {@code boolean} field, readable unboxed. */
    public interface OfBoolean<M extends Model> extends FieldAccess<M, Boolean> {
        /** The value, unboxed. */
        boolean getBoolean(M instance);

        /** Sets the value, unboxed (boxes only for an access made by the older {@code ofBoolean}). */
        default void setBoolean(M instance, boolean value) {
            set(instance, value);
        }
    }

    /** A {@code double} field, readable unboxed. */
    public interface OfDouble<M extends Model> extends FieldAccess<M, Double> {
        /** The value, unboxed. */
        double getDouble(M instance);

        /** Sets the value, unboxed (boxes only for an access made by the older {@code ofDouble}). */
        default void setDouble(M instance, double value) {
            set(instance, value);
        }
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
    /** Writes a {@code long} field. */
    @FunctionalInterface
    public interface LongSetter<M> {
        void set(M instance, long value);
    }

    /**
     * The access of a {@code long} field that reads and writes it unboxed, e.g.
     * {@code longField(p -> p.stock, (p, v) -> p.stock = v)}.
     */
    public static <M extends Model> OfLong<M> longField(LongGetter<M> getter, LongSetter<M> setter) {
        return new OfLong<>() {
            @Override public long getLong(M instance) { return getter.get(instance); }
            @Override public void setLong(M instance, long value) { setter.set(instance, value); }
            @Override public Long get(M instance) { return getter.get(instance); }
            @Override public void set(M instance, Long value) { setter.set(instance, value); }
        };
    }

    /** Writes a {@code int} field. */
    @FunctionalInterface
    public interface IntSetter<M> {
        void set(M instance, int value);
    }

    /**
     * The access of a {@code int} field that reads and writes it unboxed, e.g.
     * {@code intField(p -> p.rank, (p, v) -> p.rank = v)}.
     */
    public static <M extends Model> OfInt<M> intField(IntGetter<M> getter, IntSetter<M> setter) {
        return new OfInt<>() {
            @Override public int getInt(M instance) { return getter.get(instance); }
            @Override public void setInt(M instance, int value) { setter.set(instance, value); }
            @Override public Integer get(M instance) { return getter.get(instance); }
            @Override public void set(M instance, Integer value) { setter.set(instance, value); }
        };
    }

    /** Writes a {@code boolean} field. */
    @FunctionalInterface
    public interface BooleanSetter<M> {
        void set(M instance, boolean value);
    }

    /**
     * The access of a {@code boolean} field that reads and writes it unboxed, e.g.
     * {@code booleanField(p -> p.active, (p, v) -> p.active = v)}.
     */
    public static <M extends Model> OfBoolean<M> booleanField(BooleanGetter<M> getter, BooleanSetter<M> setter) {
        return new OfBoolean<>() {
            @Override public boolean getBoolean(M instance) { return getter.get(instance); }
            @Override public void setBoolean(M instance, boolean value) { setter.set(instance, value); }
            @Override public Boolean get(M instance) { return getter.get(instance); }
            @Override public void set(M instance, Boolean value) { setter.set(instance, value); }
        };
    }

    /** Writes a {@code double} field. */
    @FunctionalInterface
    public interface DoubleSetter<M> {
        void set(M instance, double value);
    }

    /**
     * The access of a {@code double} field that reads and writes it unboxed, e.g.
     * {@code doubleField(p -> p.weight, (p, v) -> p.weight = v)}.
     */
    public static <M extends Model> OfDouble<M> doubleField(DoubleGetter<M> getter, DoubleSetter<M> setter) {
        return new OfDouble<>() {
            @Override public double getDouble(M instance) { return getter.get(instance); }
            @Override public void setDouble(M instance, double value) { setter.set(instance, value); }
            @Override public Double get(M instance) { return getter.get(instance); }
            @Override public void set(M instance, Double value) { setter.set(instance, value); }
        };
    }
}
