package io.aksara.internal.deletion;

import io.aksara.fields.OnDelete;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import java.util.List;

/**
 * Which foreign keys make a delete do more than one statement. Generic over
 * {@link ModelRegistry#reverseRelations}: any model registered there (join tables included) takes
 * part by its foreign keys' rules alone.
 */
final class Relations {
    private Relations() {}

    /** The foreign keys pointing to {@code meta} whose rule Aksara carries out (all but DO_NOTHING). */
    static List<FieldMeta<?, ?>> acting(ModelMeta<?> meta) {
        return ModelRegistry.reverseRelations(meta).stream()
                .filter(f -> f.onDelete() != null && f.onDelete() != OnDelete.DO_NOTHING)
                .toList();
    }

    /**
     * Whether rows of {@code meta} reached by a CASCADE can be deleted by one
     * {@code DELETE ... WHERE fk IN (...)} without reading their keys: nothing acts on their
     * deletion, and none of their own foreign keys is RESTRICT (whose check needs to know which
     * of its rows are deleted).
     */
    static boolean canFastDelete(ModelMeta<?> meta) {
        return acting(meta).isEmpty()
                && meta.declaredFields().stream().noneMatch(f -> f.isRelation() && f.onDelete() == OnDelete.RESTRICT);
    }

    /**
     * Whether rows of {@code child} must be deleted before rows of {@code parent} it points to:
     * true for every rule that leaves the reference in place until the delete (the SET rules have
     * rewritten it already).
     */
    static boolean keepsReference(FieldMeta<?, ?> fk) {
        return switch (fk.onDelete()) {
            case SET_NULL, SET_DEFAULT, SET -> false;
            case CASCADE, PROTECT, RESTRICT, DO_NOTHING -> true;
        };
    }
}
