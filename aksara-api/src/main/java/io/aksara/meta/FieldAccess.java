package io.aksara.meta;

import io.aksara.Model;

/**
 * Reads and writes one field of a model instance. Generated code implements it with plain field
 * access ({@code p -> p.name}), so materialising rows uses no reflection.
 *
 * @param <M> the model
 * @param <V> the field's Java type (boxed)
 */
public interface FieldAccess<M extends Model, V> {
    V get(M instance);

    void set(M instance, V value);

    /**
     * Builds an accessor from two lambdas.
     *
     * <pre>{@code
     * FieldAccess<Product, String> name = FieldAccess.of(p -> p.name, (p, v) -> p.name = v);
     * }</pre>
     */
    static <M extends Model, V> FieldAccess<M, V> of(Getter<M, V> getter, Setter<M, V> setter) {
        return new FieldAccess<>() {
            @Override
            public V get(M instance) {
                return getter.get(instance);
            }

            @Override
            public void set(M instance, V value) {
                setter.set(instance, value);
            }
        };
    }

    /** The read half of a {@link FieldAccess}. */
    @FunctionalInterface
    interface Getter<M, V> {
        V get(M instance);
    }

    /** The write half of a {@link FieldAccess}. */
    @FunctionalInterface
    interface Setter<M, V> {
        void set(M instance, V value);
    }
}
