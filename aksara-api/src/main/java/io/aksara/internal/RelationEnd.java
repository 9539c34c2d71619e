package io.aksara.internal;

import io.aksara.Param;
import io.aksara.Q;
import io.aksara.QuerySet;
import io.aksara.errors.FieldError;
import io.aksara.kinds.FieldKinds;
import io.aksara.lookup.Lookup;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.ColumnPath;
import io.aksara.query.Filter;
import io.aksara.query.Placeholder;
import java.util.List;
import java.util.Set;

/**
 * A filter path of {@link Resolver} that ends at a reverse relation: {@code products},
 * {@code products__isnull}, {@code products__in} (keys, instances or a QuerySet).
 */
final class RelationEnd {
    private RelationEnd() {}

    /** A path ending at a reverse relation: {@code products}, {@code products__isnull}, {@code products__in}. */
    static Filter relationEnd(PathWalker.Walk walk, List<String> rest, Q.Leaf leaf) {
        ModelMeta<?> target = walk.model();
        if (rest.size() > 1) {
            throw new FieldError("Cannot resolve '" + leaf.lookupString() + "': '" + rest.getFirst() + "' is not a field of "
                    + target.name());
        }
        String lookupName = rest.isEmpty() ? "exact" : rest.getFirst();
        if (lookupName.equals("isnull")) {
            if (!(leaf.value() instanceof Boolean b)) {
                throw new FieldError("'" + leaf.lookupString() + "' takes true or false, got "
                        + FieldError.describe(leaf.value()));
            }
            return new Filter.Related(walk.hops(), !b);
        }
        if (lookupName.equals("exact") && leaf.value() == null) {
            // as Django: filter(pointer=None) is "no related row", like pointer__isnull=true
            return new Filter.Related(walk.hops(), false);
        }
        FieldMeta<?, ?> pk = target.primaryKey();
        if (!Set.of("exact", "in").contains(lookupName)) {
            throw new FieldError("Lookup '" + lookupName + "' does not apply to the relation '"
                    + String.join("__", leaf.path().subList(0, leaf.path().size() - rest.size())) + "'; use exact, in or isnull, "
                    + "or a field of " + target.name());
        }
        Lookup lookup = Resolver.lookupOf(FieldKinds.of(pk.type()), lookupName, pk);
        if (leaf.value() instanceof Param p) {
            Placeholder keys = new Placeholder(p.name(), leaf.lookupString(),
                    v -> lookup.prepare(pk, QuerySetValues.keysOf(target, v)));
            return new Filter.Match(new ColumnPath(walk.hops(), pk, List.of()), lookup, keys);
        }
        Object value = leaf.value() instanceof QuerySet<?> qs ? QuerySetValues.subquery(pk, qs)
                : lookup.prepare(pk, QuerySetValues.keysOf(target, leaf.value()));
        return new Filter.Match(new ColumnPath(walk.hops(), pk, List.of()), lookup, value);
    }
}
