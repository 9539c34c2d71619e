package io.aksara.internal;

import io.aksara.Q;
import io.aksara.errors.FieldError;
import io.aksara.lookup.Lookup;
import io.aksara.lookup.Lookups;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.Filter;
import io.aksara.query.OrderTerm;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves user-facing names against model metadata: lookup paths ({@code "price__lt"}) into
 * {@link Filter}s, ordering names ({@code "-createdAt"}) into {@link OrderTerm}s. Every error is a
 * {@link FieldError} raised here, before any SQL exists. Both the string spelling and the generated
 * metamodel go through this one class.
 */
public final class Resolver {
    private Resolver() {}

    /** Resolves a Q tree against a model. */
    public static Filter filter(ModelMeta<?> model, Q q) {
        return switch (q) {
            case Q.Empty e -> Filter.EVERYTHING;
            case Q.Leaf leaf -> leaf(model, leaf);
            case Q.Not not -> {
                Filter inner = filter(model, not.part());
                yield inner instanceof Filter.Everything ? inner : new Filter.Not(inner);
            }
            case Q.And and -> {
                List<Filter> parts = new ArrayList<>();
                for (Q p : and.parts()) {
                    Filter f = filter(model, p);
                    if (!(f instanceof Filter.Everything)) {
                        parts.add(f);
                    }
                }
                yield parts.isEmpty() ? Filter.EVERYTHING : parts.size() == 1 ? parts.getFirst() : new Filter.And(parts);
            }
            case Q.Or or -> {
                List<Filter> parts = new ArrayList<>();
                for (Q p : or.parts()) {
                    Filter f = filter(model, p);
                    if (f instanceof Filter.Everything) {
                        yield f; // anything OR everything is everything
                    }
                    parts.add(f);
                }
                yield parts.size() == 1 ? parts.getFirst() : new Filter.Or(parts);
            }
        };
    }

    private static Filter leaf(ModelMeta<?> model, Q.Leaf leaf) {
        List<String> path = leaf.path();
        FieldMeta<?, ?> field = field(model, path.getFirst());
        int next = 1;
        if (field.isRelation() && path.size() > 1) {
            String segment = path.get(1);
            ModelMeta<?> target = field.relatedMeta();
            if (segment.equals("pk") || segment.equals(target.primaryKey().name())) {
                next = 2; // category__id is the foreign key column itself: no join needed
            } else if (target.findField(segment) != null) {
                throw new FieldError("Filtering across the relation '" + field.name() + "__" + segment + "' on "
                        + model.name() + " is not supported yet; filter on '" + field.name()
                        + "' with a " + target.name() + " or its key");
            }
        }
        List<String> rest = path.subList(next, path.size());
        if (rest.size() > 1) {
            throw new FieldError("Cannot resolve '" + leaf.lookupString() + "' on " + model.name() + ": '"
                    + field.name() + "' is a " + field.type().displayName() + ", and '" + String.join("__", rest)
                    + "' is not one lookup. Valid lookups: " + String.join(", ", Lookups.namesFor(field.type())));
        }
        String lookupName = rest.isEmpty() ? "exact" : rest.getFirst();
        Lookup lookup = Lookups.find(field, lookupName);
        Object value = lookup.prepare(field, leaf.value());
        if (lookupName.equals("exact") || lookupName.equals("iexact")) {
            if (value == null) { // Django: filter(x=None) means x IS NULL
                return new Filter.Match(field, Lookups.find(field, "isnull"), Boolean.TRUE);
            }
        }
        return new Filter.Match(field, lookup, value);
    }

    /** A field by Java name, column name or {@code pk}. */
    public static FieldMeta<?, ?> field(ModelMeta<?> model, String name) {
        if (name.equals("pk")) {
            return model.primaryKey();
        }
        return model.field(name);
    }

    /** Ordering names ({@code "name"}, {@code "-price"}) to terms. */
    public static List<OrderTerm> ordering(ModelMeta<?> model, List<String> names) {
        List<OrderTerm> terms = new ArrayList<>(names.size());
        for (String raw : names) {
            if (raw == null || raw.isBlank() || raw.equals("-")) {
                throw new FieldError("orderBy needs field names such as \"name\" or \"-price\", got "
                        + (raw == null ? "null" : "\"" + raw + "\"") + " for " + model.name());
            }
            boolean descending = raw.startsWith("-");
            String name = descending ? raw.substring(1) : raw;
            FieldMeta<?, ?> field = field(model, name);
            terms.add(new OrderTerm(field, descending));
        }
        return terms;
    }
}
