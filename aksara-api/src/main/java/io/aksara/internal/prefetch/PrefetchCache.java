package io.aksara.internal.prefetch;

import io.aksara.Model;
import io.aksara.errors.FieldError;
import io.aksara.internal.ModelInternals;
import io.aksara.internal.RelationState;
import java.util.List;

/**
 * Where prefetched rows are kept on an instance: under the relation's name for the relation
 * itself, under {@code to:<name>} for {@code Prefetch.to(name)}, so the two never collide.
 */
public final class PrefetchCache {
    private static final String TO_ATTR = "to:";

    private PrefetchCache() {}

    /** The key of a {@code Prefetch.to(name)} list. */
    static String toAttrKey(String name) {
        return TO_ATTR + name;
    }

    /** The rows a {@code Prefetch.to(name)} loaded, checked against the expected model. */
    public static <R extends Model> List<R> list(Model owner, String name, Class<R> type) {
        RelationState state = ModelInternals.relationsIfAny(owner);
        Object value = state == null ? null : state.loaded(toAttrKey(name));
        if (!(value instanceof List<?> rows)) {
            throw new FieldError("Nothing was prefetched to '" + name + "' on this " + owner.getClass().getSimpleName()
                    + "; use prefetchRelated(Prefetch.of(path, querySet).to(\"" + name + "\"))");
        }
        for (Object row : rows) {
            if (!type.isInstance(row)) {
                throw new FieldError("'" + name + "' holds " + row.getClass().getSimpleName() + " rows, not "
                        + type.getSimpleName());
            }
        }
        @SuppressWarnings("unchecked")
        List<R> typed = (List<R>) rows;
        return typed;
    }

    /** The rows prefetched for a to-many relation of {@code owner}, or null when it was not prefetched. */
    @SuppressWarnings("unchecked")
    public static <R extends Model> List<R> relation(Model owner, String relation) {
        RelationState state = ModelInternals.relationsIfAny(owner);
        return state != null && state.loaded(relation) instanceof List<?> rows ? (List<R>) rows : null;
    }

    /** Forgets what was prefetched for a relation of {@code owner} (its rows changed). */
    public static void forget(Model owner, String relation) {
        RelationState state = ModelInternals.relationsIfAny(owner);
        if (state != null) {
            state.forget(relation);
        }
    }
}
