package io.aksara.internal;

import io.aksara.CompositeKey;
import io.aksara.Model;
import io.aksara.Q;
import io.aksara.errors.CompositeKeyError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A filter path that ends at a to-many relation whose rows have a composite primary key
 * ({@code Crate.objects.filter("shelves", shelf)}): the key is compared field by field, as
 * {@code shelves__aisle = ? AND shelves__tier = ?} in one condition, so both parts meet on the
 * same related row; {@code in} is an OR of those. {@code isnull} needs no key and stays with
 * {@link RelationEnd}.
 */
final class CompositeRelationEnds {
    private CompositeRelationEnds() {}

    /** Whether {@link #expand} handles this end: exact with a value, or in, on a model with a composite key. */
    static boolean applies(ModelMeta<?> target, List<String> rest, Q.Leaf leaf) {
        if (!target.hasCompositeKey() || rest.size() > 1) {
            return false;
        }
        String lookup = rest.isEmpty() ? "exact" : rest.getFirst();
        return lookup.equals("in") || lookup.equals("exact") && leaf.value() != null;
    }

    static Q expand(List<String> relation, ModelMeta<?> target, List<String> rest, Q.Leaf leaf) {
        if (rest.isEmpty() || rest.getFirst().equals("exact")) {
            return equalTo(relation, target, leaf.value(), leaf.lookupString());
        }
        if (!(leaf.value() instanceof Collection<?> values)) {
            throw new CompositeKeyError("'" + leaf.lookupString() + "' takes a collection of " + target.name()
                    + " instances or CompositeKey values, because " + target.name() + " has a composite primary key ("
                    + names(target) + "); got " + describe(leaf.value()));
        }
        if (values.isEmpty()) {
            List<String> first = new ArrayList<>(relation);
            first.add(target.primaryKeyFields().getFirst().name());
            first.add("in");
            return new Q.Leaf(first, List.of()); // nothing matches, as an empty in on one column
        }
        Q any = Q.empty();
        for (Object value : values) {
            any = any.or(equalTo(relation, target, value, leaf.lookupString()));
        }
        return any;
    }

    private static Q equalTo(List<String> relation, ModelMeta<?> target, Object value, String where) {
        CompositeKey key = keyOf(target, value, where);
        List<Q> parts = new ArrayList<>();
        List<? extends FieldMeta<?, ?>> fields = target.primaryKeyFields();
        for (int i = 0; i < fields.size(); i++) {
            List<String> path = new ArrayList<>(relation);
            path.add(fields.get(i).name());
            parts.add(new Q.Leaf(path, key.get(i)));
        }
        return Q.and(parts);
    }

    private static CompositeKey keyOf(ModelMeta<?> target, Object value, String where) {
        if (value instanceof Model m && target.type().isInstance(m)) {
            if (CompositeKeys.valueOf(target, m) instanceof CompositeKey key) {
                return key;
            }
            throw new CompositeKeyError("'" + where + "': this " + target.name() + " has no key yet (" + names(target)
                    + "); save it first");
        }
        if (value instanceof CompositeKey) {
            return CompositeKeys.convert(target, value, where);
        }
        throw new CompositeKeyError("'" + where + "' takes a " + target.name() + " instance or a CompositeKey of its key ("
                + names(target) + "), got " + describe(value) + (value instanceof io.aksara.QuerySet<?>
                ? "; a QuerySet is not supported for a composite key, filter on the key fields instead" : ""));
    }

    private static String names(ModelMeta<?> model) {
        return String.join(", ", model.primaryKeyFields().stream().map(FieldMeta::name).toList());
    }

    private static String describe(Object value) {
        return value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
    }
}
