package io.aksara.internal;

import io.aksara.Q;
import io.aksara.QuerySet;
import io.aksara.errors.FieldError;
import io.aksara.lookup.Lookup;
import io.aksara.lookup.Lookups;
import io.aksara.lookup.Transform;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.ColumnPath;
import io.aksara.query.Filter;
import io.aksara.query.Hop;
import io.aksara.query.OrderTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves user-facing names against model metadata: lookup paths ({@code "category__name__icontains"})
 * into {@link Filter}s, ordering names ({@code "-createdAt"}) into {@link OrderTerm}s. Every error
 * is a {@link FieldError} raised here, before any SQL exists. Both the string spelling and the
 * generated metamodel go through this one class.
 */
public final class Resolver {
    /** Lookups that take an F expression on the right-hand side. */
    private static final Set<String> EXPRESSION_LOOKUPS = Set.of("exact", "iexact", "gt", "gte", "lt", "lte");

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
        PathWalker.Walk walk = PathWalker.walk(model, path);
        List<String> rest = path.subList(walk.next(), path.size());
        if (walk.field() == null) {
            return relationEnd(walk, rest, leaf);
        }
        List<Transform> transforms = new ArrayList<>();
        FieldMeta<?, ?> typed = walk.field();
        String lookupName = "exact";
        for (int i = 0; i < rest.size(); i++) {
            String segment = rest.get(i);
            boolean last = i == rest.size() - 1;
            Transform t = Lookups.findTransform(typed.type(), segment);
            if (last && (t == null || Lookups.isLookupName(segment) && lookupApplies(typed, segment))) {
                lookupName = segment;
                break;
            }
            if (t == null) {
                List<String> valid = Lookups.transformNamesFor(typed.type());
                throw new FieldError("Unsupported transform '" + segment + "' for " + subject(typed) + " in '"
                        + leaf.lookupString() + "': only the last segment can be a lookup, and "
                        + (valid.isEmpty() ? "this field has no transforms" : "its transforms are " + String.join(", ", valid)));
            }
            transforms.add(t);
            typed = FieldMeta.transformed(typed, t.lookupName(), t.outputType(typed.type()));
        }
        Lookup lookup = Lookups.find(typed.type(), lookupName, subject(typed));
        if (typed.type() == io.aksara.meta.FieldType.JSON && transforms.isEmpty()
                && !Set.of("exact", "isnull").contains(lookupName)) {
            throw new FieldError("A whole JSON document (" + typed.qualifiedName() + ") takes only exact and isnull; "
                    + "follow a key to compare a value inside it, e.g. '" + typed.name() + "__owner__" + lookupName + "'");
        }
        ColumnPath column = new ColumnPath(walk.hops(), walk.field(), transforms);
        Object value = value(model, typed, lookup, leaf.value());
        if ((lookupName.equals("exact") || lookupName.equals("iexact")) && value == null) {
            // Django: filter(x=None) means x IS NULL
            return new Filter.Match(column, Lookups.find(typed.type(), "isnull", subject(typed)), Boolean.TRUE);
        }
        return new Filter.Match(column, lookup, value);
    }

    private static boolean lookupApplies(FieldMeta<?, ?> field, String name) {
        try {
            Lookups.find(field.type(), name, "");
            return true;
        } catch (FieldError e) {
            return false;
        }
    }

    private static Object value(ModelMeta<?> model, FieldMeta<?, ?> typed, Lookup lookup, Object raw) {
        if (raw instanceof io.aksara.expr.Expression e) {
            if (!EXPRESSION_LOOKUPS.contains(lookup.name())) {
                throw new FieldError("Lookup '" + lookup.name() + "' on " + typed.qualifiedName()
                        + " cannot take an expression; use one of " + EXPRESSION_LOOKUPS);
            }
            return Expressions.resolve(model, e, typed);
        }
        if (raw instanceof QuerySet<?> qs) {
            if (!lookup.name().equals("in")) {
                throw new FieldError("A QuerySet can only be the value of an 'in' lookup, not '" + lookup.name()
                        + "' on " + typed.qualifiedName());
            }
            return Expressions.subquery(typed, qs);
        }
        return lookup.prepare(typed, raw);
    }

    /** A path ending at a reverse relation: {@code products}, {@code products__isnull}, {@code products__in}. */
    private static Filter relationEnd(PathWalker.Walk walk, List<String> rest, Q.Leaf leaf) {
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
        FieldMeta<?, ?> pk = target.primaryKey();
        if (!Set.of("exact", "in").contains(lookupName)) {
            throw new FieldError("Lookup '" + lookupName + "' does not apply to the relation '"
                    + String.join("__", leaf.path().subList(0, leaf.path().size() - rest.size())) + "'; use exact, in or isnull, "
                    + "or a field of " + target.name());
        }
        Lookup lookup = Lookups.find(pk.type(), lookupName, subject(pk));
        Object value = leaf.value() instanceof QuerySet<?> qs ? Expressions.subquery(pk, qs)
                : lookup.prepare(pk, Expressions.keysOf(target, leaf.value()));
        return new Filter.Match(new ColumnPath(walk.hops(), pk, List.of()), lookup, value);
    }

    /** {@code StringField 'name' on Product}, for messages. */
    static String subject(FieldMeta<?, ?> f) {
        return f.type().displayName() + " '" + f.name() + "' on " + f.model().name();
    }

    /** A field by Java name, column name or {@code pk}; own fields only. */
    public static FieldMeta<?, ?> field(ModelMeta<?> model, String name) {
        if (name.equals("pk")) {
            return model.primaryKey();
        }
        return model.field(name);
    }

    /** A column path that must reach exactly one value per row (to-one steps only), for ordering and F. */
    public static ColumnPath toOnePath(ModelMeta<?> model, String path, String purpose) {
        List<String> segments = Q.split(path);
        PathWalker.Walk walk = PathWalker.walk(model, segments);
        if (walk.field() == null || walk.hops().stream().anyMatch(Hop::toMany)) {
            throw new FieldError(purpose + " '" + path + "' on " + model.name() + " crosses a to-many relation, "
                    + "which has many values per row; use a to-one path (a foreign key and its fields)");
        }
        List<Transform> transforms = new ArrayList<>();
        FieldMeta<?, ?> typed = walk.field();
        for (String segment : segments.subList(walk.next(), segments.size())) {
            Transform t = Lookups.findTransform(typed.type(), segment);
            if (t == null) {
                throw new FieldError("Cannot resolve '" + segment + "' in " + purpose + " '" + path + "' on "
                        + model.name() + ": it is neither a field of " + walk.model().name()
                        + " nor a transform of " + subject(typed));
            }
            transforms.add(t);
            typed = FieldMeta.transformed(typed, t.lookupName(), t.outputType(typed.type()));
        }
        return new ColumnPath(walk.hops(), walk.field(), transforms);
    }

    /** Ordering names ({@code "name"}, {@code "-price"}, {@code "category__name"}) to terms. */
    public static List<OrderTerm> ordering(ModelMeta<?> model, List<String> names) {
        List<OrderTerm> terms = new ArrayList<>(names.size());
        for (String raw : names) {
            if (raw == null || raw.isBlank() || raw.equals("-")) {
                throw new FieldError("orderBy needs field names such as \"name\" or \"-price\", got "
                        + (raw == null ? "null" : "\"" + raw + "\"") + " for " + model.name());
            }
            boolean descending = raw.startsWith("-");
            String name = descending ? raw.substring(1) : raw;
            terms.add(new OrderTerm(toOnePath(model, name, "Ordering by"), descending));
        }
        return terms;
    }
}
