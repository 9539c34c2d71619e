package io.aksara.internal;

import io.aksara.Model;
import io.aksara.Q;
import io.aksara.errors.FieldError;
import io.aksara.expr.Expression;
import io.aksara.expr.Named;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.query.Annotation;
import io.aksara.query.ColumnPath;
import io.aksara.query.Expr;
import io.aksara.query.Filter;
import io.aksara.query.OrderTerm;
import io.aksara.query.SelectQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code annotate}, {@code alias}, {@code aggregate} and {@code values(...).annotate(...)} do
 * to a query: resolve the expressions, check the names, decide grouping, and send filters on
 * aggregates to HAVING. Django's rules, written down once for QuerySet and Rows.
 */
public final class Annotate {
    private Annotate() {}

    /** The query's annotations by name, for resolving names in filters, ordering and expressions. */
    public static Map<String, Annotation> byName(SelectQuery<?> q) {
        Map<String, Annotation> out = new LinkedHashMap<>();
        for (Annotation a : q.annotations()) {
            out.put(a.name(), a);
        }
        return out;
    }

    /**
     * The query with these annotations added, in order; a later one may use an earlier one by
     * name. The first aggregate fixes which filter() calls restrict the rows it aggregates (those
     * made before it).
     *
     * @param selected false for {@code alias()}: usable by name, not read back
     */
    public static <T extends Model> SelectQuery<T> add(SelectQuery<T> q, Map<String, Expression> named, boolean selected) {
        return add(q, named, selected, null);
    }

    /**
     * As {@link #add(SelectQuery, Map, boolean)}; {@code valuesColumns} (not null after
     * {@code values(...)}) are the only model fields the rows have, so, as in Django, an annotation
     * may take the name of a field that is not among them.
     */
    private static <T extends Model> SelectQuery<T> add(SelectQuery<T> q, Map<String, Expression> named, boolean selected,
            List<Expr> valuesColumns) {
        ModelMeta<T> model = q.model();
        Map<String, Annotation> known = byName(q);
        List<Annotation> all = new ArrayList<>(q.annotations());
        boolean wasGrouped = q.isGrouped();
        for (Map.Entry<String, Expression> entry : named.entrySet()) {
            String name = entry.getKey();
            if (valuesColumns == null || namedIn(valuesColumns, name)) {
                checkName(model, known, name);
            } else {
                checkNewName(known, name);
            }
            Expr e = Expressions.annotation(model, known, Expressions.unnamed(entry.getValue()));
            Annotation a = new Annotation(name, e, selected);
            known.put(name, a);
            all.add(a);
        }
        SelectQuery<T> out = q.withAnnotations(all);
        if (!wasGrouped && out.isGrouped()) {
            out = out.withJoinedCalls(q.filterCalls());
        }
        return out;
    }

    /**
     * {@code values(columns).annotate(...)}: grouped by the columns when an annotation aggregates.
     */
    public static <T extends Model> SelectQuery<T> grouped(SelectQuery<T> q, List<Expr> columns, Map<String, Expression> named) {
        if (q.groupBy() == null && q.isGrouped()) {
            throw new FieldError("values(...).annotate(...) after an aggregate annotate() is not supported: the rows are"
                    + " already grouped by " + q.model().name() + "; annotate on values(...) first");
        }
        if (q.groupBy() != null) {
            return groupedBy(add(q, named, true, q.groupBy()), q.annotations().size());
        }
        // as Django (3.1+): an ordering on other columns (Meta's included) would split the groups,
        // so only the ordering on the grouped columns and annotations is kept
        List<OrderTerm> kept = q.ordering().stream()
                .filter(t -> t.expression() != null || columns.contains(new Expr.Column(t.path()))).toList();
        return groupedBy(add(q.withGroupBy(columns).withOrdering(kept), named, true, columns), q.annotations().size());
    }

    /**
     * Django's rule for {@code values(...).annotate(...)}: an annotation that does not aggregate
     * is one more grouping key (the annotations from {@code from} on are the new ones); those made
     * before {@code values()} are keys only when {@code values()} names them.
     */
    private static <T extends Model> SelectQuery<T> groupedBy(SelectQuery<T> q, int from) {
        List<Expr> keys = new ArrayList<>(q.groupBy());
        for (Annotation a : q.annotations().subList(from, q.annotations().size())) {
            if (!a.isAggregate() && !Expr.containsWindow(a.expr())) {
                keys.add(new Expr.Ref(a.name(), a.expr()));
            }
        }
        return keys.size() == q.groupBy().size() ? q : q.withGroupBy(keys);
    }

    /**
     * The resolved aggregates of {@code aggregate(...)}, in order. A later one may use an earlier
     * one by name outside an aggregate ({@code Coalesce("total", 0)}), as in Django; an aggregate
     * of an earlier one is refused.
     */
    public static List<Expr> aggregates(SelectQuery<?> q, Map<String, Expression> named) {
        Map<String, Annotation> known = byName(q);
        List<Expr> out = new ArrayList<>();
        Set<String> sameCall = new HashSet<>();
        for (Map.Entry<String, Expression> entry : named.entrySet()) {
            Expr e = Expressions.overRows(q.model(), known, Expressions.unnamed(entry.getValue()));
            if (!Expr.containsAggregate(e)) {
                throw new FieldError("aggregate() takes aggregates (Count, Sum, Avg, ...): '" + entry.getKey() + "' ("
                        + entry.getValue() + ") is not an aggregate expression");
            }
            AggregateReferences.refuseAggregateOf(e, sameCall);
            if (!known.containsKey(entry.getKey())) {
                known.put(entry.getKey(), new Annotation(entry.getKey(), e, false));
                sameCall.add(entry.getKey());
            }
            if (Expr.containsWindow(e)) {
                throw new FieldError("aggregate() cannot take a window expression: '" + entry.getKey() + "'");
            }
            boolean overRows = !q.annotations().isEmpty() || q.groupBy() != null || q.distinct() || q.isSliced();
            if (overRows && crossesToMany(e)) {
                throw new FieldError("aggregate() over an annotated, distinct or sliced QuerySet aggregates its rows and"
                        + " cannot follow a to-many relation ('" + entry.getKey() + "'); annotate the value first");
            }
            out.add(e);
        }
        return out;
    }

    /**
     * What {@code aggregate()} gives over no rows ({@code none()}) without SQL, or null when an
     * expression needs the database (then the statement runs, matching no row).
     */
    public static Object[] overNoRows(SelectQuery<?> q, List<Expr> aggregates) {
        return AggregateReferences.overNoRows(q.model(), aggregates);
    }

    /**
     * The query with one more {@code filter()}/{@code exclude()} call: conditions on aggregates go to
     * HAVING (the parts of an AND that use them, or the whole condition), the rest to WHERE.
     */
    public static <T extends Model> SelectQuery<T> filtered(SelectQuery<T> q, Filter resolved) {
        if (resolved instanceof Filter.Everything) {
            return q;
        }
        if (!usesAggregate(resolved)) {
            return q.withWhere(q.where().and(resolved));
        }
        List<Filter> where = new ArrayList<>();
        List<Filter> having = new ArrayList<>();
        if (resolved instanceof Filter.And and) {
            for (Filter part : and.parts()) {
                (usesAggregate(part) ? having : where).add(part);
            }
        } else {
            having.add(resolved);
        }
        SelectQuery<T> out = q;
        if (!where.isEmpty()) {
            out = out.withWhere(out.where().and(where.size() == 1 ? where.getFirst() : new Filter.And(where)));
        }
        return out.withHaving(out.having().and(having.size() == 1 ? having.getFirst() : new Filter.And(having)));
    }

    /** Whether a filter compares an aggregate (so it belongs in HAVING). */
    public static boolean usesAggregate(Filter f) {
        return switch (f) {
            case Filter.Compare c -> Expr.containsAggregate(c.expression())
                    || c.value() instanceof Expr e && Expr.containsAggregate(e);
            case Filter.Match m -> m.value() instanceof Expr e && Expr.containsAggregate(e);
            case Filter.And a -> a.parts().stream().anyMatch(Annotate::usesAggregate);
            case Filter.Or o -> o.parts().stream().anyMatch(Annotate::usesAggregate);
            case Filter.Not n -> usesAggregate(n.part());
            case Filter.Chain c -> c.calls().stream().anyMatch(Annotate::usesAggregate);
            case Filter.Related r -> false;
            case Filter.Raw r -> false;
            case Filter.Everything e -> false;
        };
    }

    /**
     * The columns of {@code values(fields)}: field paths (to-one) and annotation names. With no
     * fields, every field (foreign keys as {@code <name>_id}) and then every annotation.
     */
    public static List<Expr> projection(SelectQuery<?> q, String[] fields, List<String> names) {
        ModelMeta<?> model = q.model();
        List<Expr> columns = new ArrayList<>();
        if (fields.length == 0) {
            for (FieldMeta<?, ?> f : model.fields()) {
                columns.add(new Expr.Column(ColumnPath.of(f)));
                names.add(f.isRelation() ? f.name() + "_id" : f.name());
            }
            for (Annotation a : q.selectedAnnotations()) {
                columns.add(new Expr.Ref(a.name(), a.expr()));
                names.add(a.name());
            }
            return columns;
        }
        Map<String, Annotation> known = byName(q);
        for (String f : fields) {
            Annotation a = f == null ? null : known.get(f);
            if (a != null) {
                columns.add(new Expr.Ref(a.name(), a.expr()));
            } else {
                if (f != null && !known.isEmpty() && !PathWalker.isKnown(model, Q.split(f).getFirst())) {
                    throw Expressions.unknownName(model, Q.split(f).getFirst(), known.keySet());
                }
                columns.add(new Expr.Column(Resolver.toOnePath(model, f, "values()")));
            }
            names.add(f);
        }
        return columns;
    }

    private static boolean crossesToMany(Expr e) {
        if (e instanceof Expr.Column c && c.path().crossesToMany()) {
            return true;
        }
        if (e instanceof Expr.Ref) {
            return false;
        }
        return Expr.children(e).stream().anyMatch(Annotate::crossesToMany);
    }

    /** Django's rule: an annotation may not share a name with a field, a relation or another annotation. */
    private static void checkName(ModelMeta<?> model, Map<String, Annotation> known, String name) {
        Named.checkName(name);
        if (name.equals("pk") || model.findField(name) != null
                || model.fields().stream().anyMatch(f -> f.column().equals(name))) {
            throw new FieldError("The annotation '" + name + "' conflicts with a field on the model " + model.name());
        }
        if (ModelRegistry.reverseRelations(model).stream().anyMatch(fk -> ModelRegistry.reverseName(fk).equals(name))
                || PathWalker.manyToManySteps(model, name) != null) {
            throw new FieldError("The annotation '" + name + "' conflicts with the relation '" + name + "' of " + model.name());
        }
        checkNewName(known, name);
    }

    private static void checkNewName(Map<String, Annotation> known, String name) {
        Named.checkName(name);
        if (known.containsKey(name)) {
            throw new FieldError("The annotation '" + name + "' is already defined on this QuerySet");
        }
    }

    /** Whether {@code values(...)} named the model field {@code name} (or a column of it). */
    private static boolean namedIn(List<Expr> valuesColumns, String name) {
        return valuesColumns.stream().anyMatch(e -> e instanceof Expr.Column c && c.path().hops().isEmpty()
                && (c.path().field().name().equals(name) || c.path().field().column().equals(name)));
    }
}
