package io.aksara.internal;

import io.aksara.Param;
import io.aksara.Q;
import io.aksara.QuerySet;
import io.aksara.errors.FieldError;
import io.aksara.kinds.FieldKind;
import io.aksara.lookup.Lookup;
import io.aksara.lookup.Lookups;
import io.aksara.lookup.Transform;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.Annotation;
import io.aksara.query.ColumnPath;
import io.aksara.query.Expr;
import io.aksara.query.Filter;
import io.aksara.query.Hop;
import io.aksara.query.OrderTerm;
import io.aksara.query.Placeholder;
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
        return filter(model, q, java.util.Map.of());
    }

    /** {@code filter(model, Q.of(lookup, value))} for a query without annotations; no {@code Q} is made when the
     * lookup's shape is kept (every chained one-lookup {@code filter(name, value)} call passes here). */
    public static Filter filter(ModelMeta<?> model, String lookup, Object value) {
        LookupShapes.Shape known = value instanceof Param || lookup == null ? null : LookupShapes.keptShape(model, lookup);
        if (known != null) {
            return matchValue(model, known, value, java.util.Map.of());
        }
        return filter(model, Q.of(lookup, value), java.util.Map.of());
    }

    /**
     * Resolves a Q tree against a model and a query's annotations: a lookup on an annotation
     * ({@code "bookCount__gt"}) becomes a {@link Filter.Compare} on its expression.
     */
    public static Filter filter(ModelMeta<?> model, Q q, java.util.Map<String, Annotation> annotations) {
        return switch (q) {
            case Q.Empty e -> Filter.EVERYTHING;
            case Q.Raw raw -> new Filter.Raw(raw.condition());
            case Q.Leaf leaf -> leaf(model, leaf, annotations);
            case Q.Not not -> {
                Filter inner = filter(model, not.part(), annotations);
                yield inner instanceof Filter.Everything ? inner : new Filter.Not(inner);
            }
            case Q.And and -> {
                List<Filter> parts = new ArrayList<>();
                for (Q p : and.parts()) {
                    Filter f = filter(model, p, annotations);
                    if (!(f instanceof Filter.Everything)) {
                        parts.add(f);
                    }
                }
                yield parts.isEmpty() ? Filter.EVERYTHING : parts.size() == 1 ? parts.getFirst() : new Filter.And(parts);
            }
            case Q.Or or -> {
                List<Filter> parts = new ArrayList<>();
                for (Q p : or.parts()) {
                    Filter f = filter(model, p, annotations);
                    if (f instanceof Filter.Everything) {
                        yield f; // anything OR everything is everything
                    }
                    parts.add(f);
                }
                yield parts.size() == 1 ? parts.getFirst() : new Filter.Or(parts);
            }
        };
    }

    /**
     * Whether a filter can match no row whatever the data: an {@code in} left with no values
     * ({@code "id__in", List.of()} or only nulls, which Django drops), alone or AND-ed, or in every
     * branch of an OR. Such a filter call runs no SQL, as in Django (its EmptyResultSet).
     */
    public static boolean matchesNothing(Filter f) {
        return switch (f) {
            case Filter.Match m -> m.lookup().name().equals("in") && m.value() instanceof java.util.Collection<?> c && c.isEmpty();
            case Filter.And and -> and.parts().stream().anyMatch(Resolver::matchesNothing);
            case Filter.Or or -> or.parts().stream().allMatch(Resolver::matchesNothing);
            default -> false;
        };
    }

    /**
     * How many leading segments of a path name an annotation (the longest match, as names may
     * contain {@code __}: {@code books__count__gte}), or 0.
     */
    static int annotationPrefix(List<String> segments, java.util.Map<String, Annotation> annotations) {
        if (annotations.isEmpty()) {
            return 0;
        }
        for (int n = segments.size(); n > 0; n--) {
            if (annotations.containsKey(String.join("__", segments.subList(0, n)))) {
                return n;
            }
        }
        return 0;
    }

    private static Filter leaf(ModelMeta<?> model, Q.Leaf leaf, java.util.Map<String, Annotation> annotations) {
        List<String> path = leaf.path();
        LookupShapes.Kept generation = LookupShapes.generation();
        if (annotations.isEmpty()) {
            LookupShapes.Shape known = LookupShapes.find(generation, model, path);
            if (known != null) {
                return match(model, leaf, known, annotations);
            }
        }
        int named = annotationPrefix(path, annotations);
        if (named > 0) {
            return AnnotationLeaf.annotationLeaf(model, leaf, named, annotations.get(String.join("__", path.subList(0, named))), annotations);
        }
        if (!annotations.isEmpty() && !PathWalker.isKnown(model, path.getFirst())) {
            throw Expressions.unknownName(model, path.getFirst(), annotations.keySet());
        }
        if (CompositeKeys.isCompositePk(model, path)) {
            return filter(model, CompositeKeys.expand(model, leaf), annotations);
        }
        PathWalker.Walk walk = PathWalker.walk(model, path);
        List<String> rest = path.subList(walk.next(), path.size());
        if (walk.field() == null && CompositeRelationEnds.applies(walk.model(), rest, leaf)) {
            return filter(model, CompositeRelationEnds.expand(path.subList(0, walk.next()), walk.model(), rest, leaf), annotations);
        }
        if (walk.field() == null) {
            return RelationEnd.relationEnd(walk, rest, leaf);
        }
        if (walk.field().compositeRelation()) {
            return filter(model, CompositeForeignKeys.expand(path.subList(0, walk.next() - 1), walk.field(), rest, leaf), annotations);
        }
        LookupShapes.Shape shape = LookupShapes.resolve(walk, rest, leaf);
        if (annotations.isEmpty() && walk.hops().isEmpty() && (path.size() == 1 || !walk.field().isRelation())) {
            // an own column, reached without reading another model's metadata: the same path resolves the same way
            LookupShapes.remember(model, path, shape, generation);
        }
        return match(model, leaf, shape, annotations);
    }

    /** The filter for a resolved lookup and the leaf's value. */
    private static Filter match(ModelMeta<?> model, Q.Leaf leaf, LookupShapes.Shape shape,
            java.util.Map<String, Annotation> annotations) {
        if (leaf.value() instanceof Param p) {
            return new Filter.Match(shape.column(), shape.lookup(), placeholder(p, leaf, shape.typed(), shape.lookup(),
                    shape.placeholderAsText()));
        }
        return matchValue(model, shape, leaf.value(), annotations);
    }

    /** The match of a kept lookup shape with a plain value (not a {@link Param}). */
    private static Filter matchValue(ModelMeta<?> model, LookupShapes.Shape shape, Object raw,
            java.util.Map<String, Annotation> annotations) {
        ColumnPath column = shape.column();
        FieldMeta<?, ?> typed = shape.typed();
        Lookup lookup = shape.lookup();
        String lookupName = shape.lookupName();
        if (shape.valueAsText() && (raw instanceof Number || raw instanceof java.time.temporal.TemporalAccessor
                || raw instanceof java.util.UUID)) {
            raw = raw.toString();
        }
        Object value = value(model, typed, lookup, raw, annotations);
        if ((lookupName.equals("exact") || lookupName.equals("iexact")) && value == null) {
            // Django: filter(x=None) means x IS NULL
            return new Filter.Match(column, Lookups.find(typed.type(), "isnull", subject(typed)), Boolean.TRUE);
        }
        if (value instanceof Expr.Subquery && lookup.name().equals("exact")) {
            // a subquery of at most one row: "= (SELECT ...)" and "IN (SELECT ...)" match the same rows,
            // and IN is the form every database takes with a LIMIT inside
            return new Filter.Match(column, Lookups.find(typed.type(), "in", subject(typed)), value);
        }
        return new Filter.Match(column, lookup, value);
    }

    static boolean lookupApplies(FieldMeta<?, ?> field, String name) {
        try {
            Lookups.find(field.kind(), name, "");
            return true;
        } catch (FieldError e) {
            return false;
        }
    }

    /**
     * A parameter in a lookup's place: its value, given when the compiled query runs, is converted
     * as a value given here would be (a text lookup on a number compares the number's text).
     */
    static Placeholder placeholder(Param p, Q.Leaf leaf, FieldMeta<?, ?> typed, Lookup lookup, boolean asText) {
        return new Placeholder(p.name(), leaf.lookupString(), v -> lookup.prepare(typed,
                asText && (v instanceof Number || v instanceof java.time.temporal.TemporalAccessor
                        || v instanceof java.util.UUID) ? v.toString() : v));
    }

    static Object value(ModelMeta<?> model, FieldMeta<?, ?> typed, Lookup lookup, Object raw,
            java.util.Map<String, Annotation> annotations) {
        if (raw instanceof io.aksara.expr.Expression e) {
            if (!EXPRESSION_LOOKUPS.contains(lookup.name())) {
                throw new FieldError("Lookup '" + lookup.name() + "' on " + typed.qualifiedName()
                        + " cannot take an expression; use one of " + EXPRESSION_LOOKUPS);
            }
            return Expressions.resolve(model, annotations, e, typed);
        }
        if (raw instanceof QuerySet<?> qs) {
            if (lookup.name().equals("exact")) {
                requireOneRow(typed, qs);
            } else if (!lookup.name().equals("in")) {
                throw new FieldError("A QuerySet can only be the value of an 'in' lookup, or of 'exact' when sliced to"
                        + " one row, not '" + lookup.name() + "' on " + typed.qualifiedName());
            }
            return QuerySetValues.subquery(typed, qs);
        }
        if (raw instanceof io.aksara.Rows<?> rows && lookup.name().equals("in")) {
            return QuerySetValues.subquery(typed, rows);
        }
        return lookup.prepare(typed, raw);
    }

    /** Django's rule for {@code filter(author=Author.objects.all()[:1])}: the subquery must give one row. */
    private static void requireOneRow(FieldMeta<?, ?> typed, QuerySet<?> qs) {
        Long limit = qs.query().limit();
        if (limit == null || limit != 1) {
            throw new FieldError("The QuerySet value for an exact lookup on " + typed.qualifiedName() + " must be limited"
                    + " to one result using slicing (slice(n, n + 1) or limit(1))");
        }
    }

    /** {@code StringField 'name' on Product}, for messages. */
    /**
     * The lookup of this name for a value of the kind, or a FieldError naming {@code field}; the
     * error's text is made only when the lookup is missing, not on every query.
     */
    static Lookup lookupOf(FieldKind<?> kind, String name, FieldMeta<?, ?> field) {
        Lookup found = Lookups.findOrNull(kind, name);
        return found != null ? found : Lookups.find(kind, name, subject(field));
    }

    static String subject(FieldMeta<?, ?> f) {
        return f.type().displayName() + " '" + f.name() + "' on " + f.model().name();
    }

    /** A field by Java name, column name or {@code pk}; own fields only. */
    public static FieldMeta<?, ?> field(ModelMeta<?> model, String name) {
        if (name.equals("pk")) {
            return model.primaryKey();
        }
        FieldMeta<?, ?> byAttname = attname(model, name);
        return byAttname != null ? byAttname : model.field(name);
    }

    /**
     * The foreign key named by Django's attname, {@code "publisher_id"} for {@code publisher}, whatever
     * its column is called; null when {@code name} is not one.
     */
    static FieldMeta<?, ?> attname(ModelMeta<?> model, String name) {
        if (model.findField(name) != null || !name.endsWith("_id")) {
            return null;
        }
        FieldMeta<?, ?> f = model.findField(name.substring(0, name.length() - 3));
        return f != null && f.isRelation() ? f : null;
    }

    /** A column path that must reach exactly one value per row (to-one steps only), for ordering and F. */
    public static ColumnPath toOnePath(ModelMeta<?> model, String path, String purpose) {
        return columnPath(model, path, purpose, false);
    }

    /**
     * A column path; with {@code allowToMany} (inside an aggregate) it may cross to-many relations,
     * and a path ending at a reverse relation ({@code "books"}) means the related rows' keys.
     */
    public static ColumnPath columnPath(ModelMeta<?> model, String path, String purpose, boolean allowToMany) {
        List<String> segments = Q.split(path);
        PathWalker.Walk walk = PathWalker.walk(model, segments);
        if (allowToMany && walk.field() == null) {
            return new ColumnPath(walk.hops(), walk.model().primaryKey(), List.of());
        }
        if (!allowToMany && (walk.field() == null || crossesToMany(walk.hops()))) {
            throw new FieldError(purpose + " '" + path + "' on " + model.name() + " crosses a to-many relation, "
                    + "which has many values per row; use a to-one path (a foreign key and its fields)"
                    + ("F".equals(purpose) ? ", or aggregate it (Count, Sum, ...)" : ""));
        }
        List<Transform> transforms = new ArrayList<>();
        FieldMeta<?, ?> typed = walk.field();
        for (String segment : segments.subList(walk.next(), segments.size())) {
            Transform t = Lookups.findTransform(typed.kind(), segment);
            if (t == null) {
                throw new FieldError("Cannot resolve '" + segment + "' in " + purpose + " '" + path + "' on "
                        + model.name() + ": it is neither a field of " + walk.model().name()
                        + " nor a transform of " + subject(typed));
            }
            transforms.add(t);
            typed = t.keepsKind() ? FieldMeta.transformed(typed, t.lookupName(), typed.kind())
                    : FieldMeta.transformed(typed, t.lookupName(), t.outputType(typed.type()));
        }
        if (walk.field().compositeRelation() && !purpose.equals(ORDERING)) {
            FieldMeta<?, ?> fk = walk.field();
            throw new io.aksara.errors.CompositeKeyError(purpose + " '" + path + "' on " + model.name() + ": " + fk.qualifiedName()
                    + " points to " + fk.relatedModel().getSimpleName() + "'s composite key and has no single value; name its columns ("
                    + String.join(", ", fk.model().columnsOf(fk).stream().map(FieldMeta::name).toList()) + ") or a field of "
                    + fk.relatedModel().getSimpleName() + " ('" + path + "__<field>')");
        }
        return new ColumnPath(walk.hops(), walk.field(), transforms);
    }

    private static final String ORDERING = "Ordering by";

    /** Ordering names ({@code "name"}, {@code "-price"}, {@code "category__name"}) to terms. */
    public static List<OrderTerm> ordering(ModelMeta<?> model, List<String> names) {
        return ordering(model, names, java.util.Map.of());
    }

    /** Whether a step crosses a to-many relation (a loop: this runs for every orderBy and F). */
    private static boolean crossesToMany(List<Hop> hops) {
        for (Hop h : hops) {
            if (h.toMany()) {
                return true;
            }
        }
        return false;
    }

    /** Ordering names to terms, where a name may also be an annotation ({@code "-bookCount"}). */
    public static List<OrderTerm> ordering(ModelMeta<?> model, List<String> names,
            java.util.Map<String, Annotation> annotations) {
        if (names.size() == 1 && annotations.isEmpty()) {
            List<OrderTerm> known = LookupShapes.keptOrdering(model, names.getFirst());
            if (known != null) {
                return known; // orderBy("id"): the kept one-term list, not a growing list and its copy
            }
        }
        List<OrderTerm> terms = new ArrayList<>(names.size());
        LookupShapes.Kept generation = LookupShapes.generation();
        for (int i = 0; i < names.size(); i++) { // by index: no iterator on every orderBy
            String raw = names.get(i);
            if (raw == null || raw.isBlank() || raw.equals("-")) {
                throw new FieldError("orderBy needs field names such as \"name\" or \"-price\", got "
                        + (raw == null ? "null" : "\"" + raw + "\"") + " for " + model.name());
            }
            OrderTerm known = annotations.isEmpty() ? LookupShapes.orderTerm(model, raw) : null;
            if (known != null) {
                terms.add(known);
                continue;
            }
            boolean descending = raw.startsWith("-");
            String name = descending ? raw.substring(1) : raw;
            List<String> segments = Q.split(name);
            String first = segments.getFirst();
            int named = annotationPrefix(segments, annotations);
            if (named > 0) {
                Annotation a = annotations.get(String.join("__", segments.subList(0, named)));
                Expr e = new Expr.Ref(a.name(), a.expr());
                for (String segment : segments.subList(named, segments.size())) {
                    io.aksara.lookup.Transform t = Lookups.findTransform(e.type(), segment);
                    if (t == null) {
                        throw new FieldError("Ordering by '" + name + "': '" + segment + "' is not a transform of the"
                                + " annotation '" + a.name() + "' (" + e.type().displayName() + ")");
                    }
                    e = new Expr.Transformed(e, t);
                }
                terms.add(OrderTerm.of(e, descending));
                continue;
            }
            if (!annotations.isEmpty() && !PathWalker.isKnown(model, first)) {
                throw Expressions.unknownName(model, first, annotations.keySet());
            }
            ColumnPath column = toOnePath(model, name, ORDERING);
            if (column.field().compositeRelation() && column.transforms().isEmpty()) {
                // a foreign key to a composite key orders by each of its columns, in key order
                for (FieldMeta<?, ?> part : column.field().model().columnsOf(column.field())) {
                    terms.add(new OrderTerm(new ColumnPath(column.hops(), part, List.of()), descending));
                }
                continue;
            }
            OrderTerm term = new OrderTerm(column, descending);
            if (annotations.isEmpty() && column.hops().isEmpty() && !column.field().isRelation()) {
                LookupShapes.rememberOrderTerm(model, raw, term, generation); // an own column: the name orders the same way each time
            }
            terms.add(term);
        }
        return terms;
    }
}
