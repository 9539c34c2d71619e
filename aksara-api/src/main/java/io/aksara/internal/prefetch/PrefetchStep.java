package io.aksara.internal.prefetch;

import io.aksara.QuerySet;
import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ManyToManyMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.internal.RelationPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The relation one prefetch level follows from a model, found by name: a foreign key or
 * one-to-one on the model (forward), one declared on another model that points here (reverse), or
 * a many-to-many relation from either side.
 *
 * @param field      the foreign key field (on the model for forward steps, on the target for reverse
 *                   ones); null for many-to-many
 * @param reverse    whether the step goes from the key's target back to the rows that hold the key
 * @param many       the many-to-many relation, or null
 * @param fromTarget for many-to-many: whether the step starts on the relation's target side
 */
record PrefetchStep(FieldMeta<?, ?> field, boolean reverse, ManyToManyMeta<?, ?> many, boolean fromTarget) {
    PrefetchStep(FieldMeta<?, ?> field, boolean reverse) {
        this(field, reverse, null, false);
    }

    /** The model whose rows this step loads. */
    ModelMeta<?> target() {
        if (many != null) {
            return fromTarget ? many.owner() : many.target();
        }
        return reverse ? field.model() : field.relatedMeta();
    }

    /** Each owner holds one related row (forward key, reverse one-to-one) rather than a list. */
    boolean single() {
        return many == null && (!reverse || field.oneToOne());
    }

    /** The key on the join model that points to the owners of this step (many-to-many). */
    FieldMeta<?, ?> ownerKey() {
        return fromTarget ? many.targetField() : many.sourceField();
    }

    /** The key on the join model that points to the rows this step loads (many-to-many). */
    FieldMeta<?, ?> loadedKey() {
        return fromTarget ? many.sourceField() : many.targetField();
    }

    /** A step found for a model and relation name, with the registry generation it was found in. */
    private record Known(PrefetchStep step, int generation) {}

    private record Key(ModelMeta<?> model, String relation) {}

    /**
     * Steps found so far: finding a reverse relation walks every registered model, which every
     * prefetch query would otherwise repeat. Bounded by the models' relations; dropped when a
     * model is registered later (it may add a reverse relation of the same name).
     */
    private static final ConcurrentHashMap<Key, Known> KNOWN = new ConcurrentHashMap<>();

    /** The step for {@code node} from {@code model}, its QuerySet checked against it. */
    static PrefetchStep resolve(ModelMeta<?> model, PrefetchTree.Node node) {
        int generation = ModelRegistry.generation(); // read before finding: a later registration makes it stale
        Key key = new Key(model, node.relation);
        Known known = KNOWN.get(key);
        PrefetchStep step;
        if (known != null && known.generation() == generation) {
            step = known.step();
        } else {
            step = find(model, node);
            KNOWN.put(key, new Known(step, generation));
        }
        checkQuerySet(model, node, step);
        return step;
    }

    private static PrefetchStep find(ModelMeta<?> model, PrefetchTree.Node node) {
        FieldMeta<?, ?> f = model.findField(node.relation);
        PrefetchStep step = null;
        if (f != null && f.isRelation()) {
            step = new PrefetchStep(f, false);
        } else if (model.findManyToMany(node.relation) != null) {
            step = new PrefetchStep(null, false, model.findManyToMany(node.relation), false);
        } else {
            FieldMeta<?, ?> fk = ModelRegistry.findReverse(model, node.relation);
            if (fk != null && !ModelRegistry.reverseHidden(fk)) {
                step = new PrefetchStep(fk, true);
            }
            for (ManyToManyMeta<?, ?> m : ModelRegistry.manyToManyTo(model)) {
                if (step == null && !m.symmetrical() && !m.reverseHidden() && m.reverseName().equals(node.relation)) {
                    step = new PrefetchStep(null, false, m, true);
                }
            }
        }
        if (step == null) {
            throw new FieldError("prefetchRelated(\"" + node.path + "\"): " + model.name() + " has no relation '"
                    + node.relation + "'. Relations on " + model.name() + ": " + String.join(", ", relationNames(model)));
        }
        return step;
    }

    private static void checkQuerySet(ModelMeta<?> model, PrefetchTree.Node node, PrefetchStep step) {
        QuerySet<?> qs = node.explicit == null ? null : node.explicit.querySet();
        if (qs != null) {
            if (qs.meta().type() != step.target().type()) {
                throw new FieldError("Prefetch(\"" + node.path + "\") was given a QuerySet of " + qs.meta().name()
                        + ", but " + model.name() + "." + node.relation + " holds " + step.target().name() + " rows");
            }
            if (qs.query().isSliced()) {
                throw new FieldError("Prefetch(\"" + node.path + "\"): the QuerySet is sliced; a slice would apply to "
                        + "all owners together, not to each: filter it instead");
            }
        }
    }

    static List<String> relationNames(ModelMeta<?> model) {
        List<String> names = new ArrayList<>(RelationPaths.forwardRelations(model));
        model.manyToMany().forEach(m -> names.add(m.name()));
        ModelRegistry.reverseRelations(model).stream().filter(fk -> !ModelRegistry.reverseHidden(fk))
                .map(ModelRegistry::reverseName).forEach(names::add);
        ModelRegistry.manyToManyTo(model).stream().filter(m -> !m.symmetrical() && !m.reverseHidden())
                .map(ManyToManyMeta::reverseName).forEach(names::add);
        return names;
    }
}
