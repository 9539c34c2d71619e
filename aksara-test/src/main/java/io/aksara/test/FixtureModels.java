package io.aksara.test;

import io.aksara.Model;
import io.aksara.errors.FixtureError;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which model a fixture's {@code "model"} label names, and the order models are written in. A label
 * is the model's class name ({@code com.shop.Product}); the simple name ({@code Product}) is
 * accepted too when only one indexed model has it.
 */
final class FixtureModels {
    private FixtureModels() {}

    static String label(ModelMeta<?> meta) {
        return meta.type().getName();
    }

    static ModelMeta<?> find(String label, String where) {
        ClassLoader loader = loader();
        try {
            Class<?> type = Class.forName(label, true, loader);
            if (Model.class.isAssignableFrom(type)) {
                return ModelRegistry.metaOf(type);
            }
        } catch (ClassNotFoundException e) {
            // not a class name: try the simple names of the indexed models
        }
        List<ModelMeta<?>> known = ModelRegistry.indexed(loader);
        List<ModelMeta<?>> named = known.stream().filter(m -> m.name().equalsIgnoreCase(label)).toList();
        if (named.size() == 1) {
            return named.getFirst();
        }
        if (named.size() > 1) {
            throw new FixtureError(where + ": the model label '" + label + "' is ambiguous: "
                    + named.stream().map(FixtureModels::label).toList() + "; use the class name");
        }
        throw new FixtureError(where + ": unknown model '" + label + "'. Known models: "
                + known.stream().map(ModelMeta::name).sorted().toList());
    }

    /** The models with those they point to first, so a load inserts a row's targets before it. */
    static List<ModelMeta<?>> targetsFirst(List<ModelMeta<?>> models) {
        Set<ModelMeta<?>> ordered = new LinkedHashSet<>();
        for (ModelMeta<?> m : models) {
            visit(m, models, ordered, new LinkedHashSet<>());
        }
        return new ArrayList<>(ordered);
    }

    private static void visit(ModelMeta<?> m, List<ModelMeta<?>> all, Set<ModelMeta<?>> ordered, Set<ModelMeta<?>> path) {
        if (ordered.contains(m) || !path.add(m)) {
            return; // done already, or a cycle: keep the given order there
        }
        for (var f : m.fields()) {
            if (f.isRelation() && f.relatedModel() != m.type()) {
                ModelMeta<?> target = ModelRegistry.metaOf(f.relatedModel());
                if (all.contains(target)) {
                    visit(target, all, ordered, path);
                }
            }
        }
        ordered.add(m);
    }

    static List<ModelMeta<?>> indexed() {
        return ModelRegistry.indexed(loader());
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : FixtureModels.class.getClassLoader();
    }
}
