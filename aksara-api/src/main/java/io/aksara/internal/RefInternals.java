package io.aksara.internal;

import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.meta.FieldMeta;

/**
 * Builds and fills {@link Ref}s for the runtime (row mapping, {@code selectRelated},
 * {@code prefetchRelated}) without widening Ref's public API. Ref installs the factory when it is
 * initialised.
 */
public final class RefInternals {
    /** Implemented inside {@link Ref}. */
    public interface Factory {
        <R extends Model> Ref<R> unloaded(Class<R> type, Object id, Model owner, FieldMeta<?, ?> via);

        <R extends Model> Ref<R> loaded(Class<R> type, R target, Model owner, FieldMeta<?, ?> via);

        <R extends Model> void resolve(Ref<R> ref, R target);
    }

    private static volatile Factory factory;

    private RefInternals() {}

    /** Called once, by {@link Ref}'s static initialiser. */
    public static void install(Factory f) {
        factory = f;
    }

    /** A reference read from {@code via}'s column of {@code owner}: the key only, the target not loaded. */
    public static <R extends Model> Ref<R> unloaded(Class<R> type, Object id, Model owner, FieldMeta<?, ?> via) {
        return factory().unloaded(type, id, owner, via);
    }

    /** A reference whose target was loaded with the owner. */
    public static <R extends Model> Ref<R> loaded(Class<R> type, R target, Model owner, FieldMeta<?, ?> via) {
        return factory().loaded(type, target, owner, via);
    }

    /** Gives an unloaded reference its target (loaded by a prefetch), so {@code get()} needs no query. */
    public static <R extends Model> void resolve(Ref<R> ref, R target) {
        factory().resolve(ref, target);
    }

    private static Factory factory() {
        Factory f = factory;
        if (f == null) {
            try {
                Class.forName(Ref.class.getName(), true, Ref.class.getClassLoader()); // runs install
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            f = factory;
        }
        return f;
    }
}
