package io.aksara.internal.deletion;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The order models are deleted in: a model whose rows point to another deleted model (by a
 * reference that is still in place) goes first. Where models point to each other in a cycle, the
 * one reached last goes first, since it was reached as a child.
 */
final class DeleteOrder {
    private DeleteOrder() {}

    /** The models, children before parents; {@code models} is in the order they were first reached. */
    static List<ModelMeta<?>> of(Collection<ModelMeta<?>> models) {
        List<ModelMeta<?>> remaining = new ArrayList<>(models);
        List<ModelMeta<?>> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            ModelMeta<?> next = null;
            for (int i = remaining.size() - 1; i >= 0 && next == null; i--) {
                ModelMeta<?> candidate = remaining.get(i);
                if (remaining.stream().noneMatch(other -> other != candidate && mustPrecede(other, candidate))) {
                    next = candidate;
                }
            }
            if (next == null) { // a cycle: break it at the model reached last
                next = remaining.getLast();
            }
            remaining.remove(next);
            order.add(next);
        }
        return order;
    }

    /** Whether {@code child} holds a reference to {@code parent} that its rows keep until deleted. */
    static boolean mustPrecede(ModelMeta<?> child, ModelMeta<?> parent) {
        for (FieldMeta<?, ?> f : child.declaredFields()) {
            if (f.isRelation() && f.onDelete() != null && io.aksara.meta.ModelRegistry.accepts(f.relatedModel(), parent.type()) && Relations.keepsReference(f)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the model has a foreign key to itself that its rows keep until deleted. */
    static boolean pointsToItself(ModelMeta<?> model) {
        return mustPrecede(model, model);
    }
}
