package io.aksara.internal;

import io.aksara.Model;
import io.aksara.errors.RelationNotLoaded;

/**
 * The N+1 guard. A relation that was not loaded may still be queried, unless the instance came
 * from a strict QuerySet or the code runs inside {@link io.aksara.Strict#run}: then touching it
 * raises {@link RelationNotLoaded} instead. The scope travels in a {@link ScopedValue}, so it
 * follows the code, virtual threads included, and needs no cleanup.
 */
public final class Strictness {
    /** Bound (to true) inside {@code Strict.run}. */
    public static final ScopedValue<Boolean> SCOPE = ScopedValue.newInstance();

    private Strictness() {}

    /** Whether a query for an unloaded relation of {@code owner} is refused. */
    public static boolean forbids(Model owner) {
        if (SCOPE.isBound() && SCOPE.get()) {
            return true;
        }
        return owner != null && ModelInternals.relationsIfAny(owner) instanceof RelationState s && s.strict();
    }

    /**
     * Raises when a query for {@code owner.relation} is refused.
     *
     * @param advice how to load it, e.g. {@code selectRelated("author") or prefetchRelated("author")}
     */
    public static void check(Model owner, String model, String relation, String advice) {
        if (forbids(owner)) {
            String which = owner == null || owner.pk() == null ? "" : " for " + model + "(pk=" + owner.pk() + ")";
            throw new RelationNotLoaded(model, relation, which + ", and strict mode refuses to query it one row at a "
                    + "time; load it with the rows: " + advice);
        }
    }
}
