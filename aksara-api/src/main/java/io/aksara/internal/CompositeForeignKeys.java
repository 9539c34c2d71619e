package io.aksara.internal;

import io.aksara.CompositeKey;
import io.aksara.Q;
import io.aksara.errors.CompositeKeyError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Filters on a foreign key to a model with a composite key, as the same filter on its columns:
 * {@code stocking = s} is {@code stocking_warehouse_id = 1 AND stocking_bin = 'A1'},
 * {@code stocking__in} an OR of those, {@code stocking__isnull} a test of its columns.
 */
final class CompositeForeignKeys {
    private CompositeForeignKeys() {}

    /**
     * The filter {@code leaf} on the relation {@code fk}, reached by {@code prefix} (the path's
     * segments before it), with {@code rest} the segments after it (the lookup, if any).
     */
    static Q expand(List<String> prefix, FieldMeta<?, ?> fk, List<String> rest, Q.Leaf leaf) {
        String lookup = rest.isEmpty() ? "exact" : rest.size() == 1 ? rest.getFirst() : null;
        List<? extends FieldMeta<?, ?>> columns = fk.model().columnsOf(fk);
        if ("isnull".equals(lookup)) {
            if (!(leaf.value() instanceof Boolean)) {
                throw new CompositeKeyError("'" + leaf.lookupString() + "' takes true or false, got " + leaf.value());
            }
            List<Q> parts = new ArrayList<>();
            for (FieldMeta<?, ?> column : columns) {
                parts.add(new Q.Leaf(path(prefix, column, "isnull"), leaf.value()));
            }
            // the columns are NULL together: all of them for isnull=true, none for isnull=false
            return Q.and(parts);
        }
        if ("exact".equals(lookup)) {
            return leaf.value() == null ? expand(prefix, fk, List.of("isnull"), new Q.Leaf(leaf.path(), true))
                    : equalTo(prefix, fk, columns, leaf.value());
        }
        if ("in".equals(lookup)) {
            if (!(leaf.value() instanceof Collection<?> targets)) {
                throw new CompositeKeyError("'" + leaf.lookupString() + "' on " + fk.qualifiedName() + " takes a collection of "
                        + fk.relatedModel().getSimpleName() + " instances, Refs or CompositeKey values, got " + leaf.value());
            }
            if (targets.isEmpty()) {
                return new Q.Leaf(path(prefix, columns.getFirst(), "in"), List.of()); // nothing matches
            }
            Q any = Q.empty();
            for (Object target : targets) {
                any = any.or(equalTo(prefix, fk, columns, target));
            }
            return any;
        }
        throw new CompositeKeyError("'" + leaf.lookupString() + "' is not supported on " + fk.qualifiedName() + ", a foreign key to "
                + fk.relatedModel().getSimpleName() + "'s composite primary key: use exact, in or isnull with instances, Refs or "
                + "CompositeKey values, or follow the relation to a field ('" + fk.name() + "__<field>')");
    }

    private static Q equalTo(List<String> prefix, FieldMeta<?, ?> fk, List<? extends FieldMeta<?, ?>> columns, Object target) {
        CompositeKey key = (CompositeKey) Values.toColumnValue(fk, target);
        List<Q> parts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            parts.add(new Q.Leaf(path(prefix, columns.get(i), null), key.get(i)));
        }
        return Q.and(parts);
    }

    private static List<String> path(List<String> prefix, FieldMeta<?, ?> column, String lookup) {
        List<String> out = new ArrayList<>(prefix);
        out.add(column.name());
        if (lookup != null) {
            out.add(lookup);
        }
        return out;
    }
}
