package io.aksara.schema;

import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders models so that every model comes after the models its foreign keys point to. Models in a
 * cycle keep their given order; the schema editor then adds the foreign keys that point forward
 * after all tables exist.
 */
final class ModelGraph {
    private ModelGraph() {}

    /** The models in creation order (targets of foreign keys first). */
    static List<ModelMeta<?>> creationOrder(List<ModelMeta<?>> models) {
        Set<ModelMeta<?>> done = new LinkedHashSet<>();
        Set<ModelMeta<?>> visiting = new LinkedHashSet<>();
        for (ModelMeta<?> m : models) {
            visit(m, models, done, visiting);
        }
        return new ArrayList<>(done);
    }

    private static void visit(ModelMeta<?> m, List<ModelMeta<?>> models, Set<ModelMeta<?>> done, Set<ModelMeta<?>> visiting) {
        if (done.contains(m) || !visiting.add(m)) {
            return; // already placed, or part of a cycle being visited
        }
        for (FieldMeta<?, ?> f : m.declaredFields()) {
            if (f.isRelation()) {
                ModelMeta<?> target = f.relatedMeta();
                if (target != m && models.contains(target)) {
                    visit(target, models, done, visiting);
                }
            }
        }
        visiting.remove(m);
        done.add(m);
    }
}
