package io.aksara.internal.prefetch;

import io.aksara.QuerySet;
import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.internal.RelationPaths;
import java.util.ArrayList;
import java.util.List;

/**
 * The relation one prefetch level follows from a model, found by name: a foreign key or
 * one-to-one on the model (forward), or one declared on another model that points here (reverse).
 *
 * @param field   the foreign key field (on the model for forward steps, on the target for reverse ones)
 * @param reverse whether the step goes from the key's target back to the rows that hold the key
 */
record PrefetchStep(FieldMeta<?, ?> field, boolean reverse) {
    /** The model whose rows this step loads. */
    ModelMeta<?> target() {
        return reverse ? field.model() : field.relatedMeta();
    }

    /** Each owner holds one related row (forward key, reverse one-to-one) rather than a list. */
    boolean single() {
        return !reverse || field.oneToOne();
    }

    static PrefetchStep resolve(ModelMeta<?> model, PrefetchTree.Node node) {
        FieldMeta<?, ?> f = model.findField(node.relation);
        PrefetchStep step = null;
        if (f != null && f.isRelation()) {
            step = new PrefetchStep(f, false);
        } else {
            FieldMeta<?, ?> fk = ModelRegistry.findReverse(model, node.relation);
            if (fk != null) {
                step = new PrefetchStep(fk, true);
            }
        }
        if (step == null) {
            throw new FieldError("prefetchRelated(\"" + node.path + "\"): " + model.name() + " has no relation '"
                    + node.relation + "'. Relations on " + model.name() + ": " + String.join(", ", relationNames(model)));
        }
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
        return step;
    }

    static List<String> relationNames(ModelMeta<?> model) {
        List<String> names = new ArrayList<>(RelationPaths.forwardRelations(model));
        ModelRegistry.reverseRelations(model).stream().map(ModelRegistry::reverseName)
                .filter(n -> !n.endsWith("+")).forEach(names::add);
        return names;
    }
}
