package io.aksara.internal;

import io.aksara.Model;
import io.aksara.query.Annotation;
import io.aksara.query.Expr;
import io.aksara.query.Filter;
import io.aksara.query.OrderTerm;
import io.aksara.query.SelectQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rebuilds resolved queries with some expressions replaced, bottom-up: used to resolve the
 * {@code OuterRef}s of a subquery once the outer model is known, and to restrict nested queries
 * to the bound tenant ({@link TenantRows#restrict}). The function sees every expression, nested
 * queries ({@code Subquery}, {@code Scalar}, {@code Exists}) included, but is not applied inside
 * them: their outer references were bound when they were nested, and the function recurses into
 * them itself when it must.
 */
final class QueryRewrite {
    private QueryRewrite() {}

    static <T extends Model> SelectQuery<T> map(SelectQuery<T> q, UnaryOperator<Expr> f) {
        List<Annotation> annotations = new ArrayList<>(q.annotations().size());
        boolean annotationsChanged = false;
        for (Annotation a : q.annotations()) {
            Expr mapped = map(a.expr(), f);
            annotationsChanged |= mapped != a.expr();
            annotations.add(mapped == a.expr() ? a : new Annotation(a.name(), mapped, a.selected()));
        }
        List<OrderTerm> ordering = new ArrayList<>(q.ordering().size());
        boolean orderingChanged = false;
        for (OrderTerm t : q.ordering()) {
            OrderTerm mapped = map(t, f);
            orderingChanged |= mapped != t;
            ordering.add(mapped);
        }
        List<Expr> groupBy = q.groupBy() == null ? null : mapAll(q.groupBy(), f);
        Filter where = map(q.where(), f);
        Filter having = map(q.having(), f);
        // unchanged parts keep their identity: lowering matches grouping keys to columns by identity
        SelectQuery<T> out = q;
        if (where != q.where()) {
            out = out.withWhere(where);
        }
        if (having != q.having()) {
            out = out.withHaving(having);
        }
        if (annotationsChanged) {
            out = out.withAnnotations(annotations);
        }
        if (orderingChanged) {
            out = out.withOrdering(ordering);
        }
        if (groupBy != q.groupBy()) {
            out = out.withGroupBy(groupBy);
        }
        return out;
    }

    private static OrderTerm map(OrderTerm t, UnaryOperator<Expr> f) {
        if (t.expression() == null) {
            return t;
        }
        Expr mapped = map(t.expression(), f);
        return mapped == t.expression() ? t : new OrderTerm(t.path(), t.descending(), mapped, t.nulls());
    }

    /** The list mapped, or the list itself when no element changed. */
    private static List<Expr> mapAll(List<Expr> exprs, UnaryOperator<Expr> f) {
        List<Expr> out = null;
        for (int i = 0; i < exprs.size(); i++) {
            Expr mapped = map(exprs.get(i), f);
            if (mapped != exprs.get(i) && out == null) {
                out = new ArrayList<>(exprs.subList(0, i));
            }
            if (out != null) {
                out.add(mapped);
            }
        }
        return out == null ? exprs : out;
    }

    private static List<Filter> mapFilters(List<Filter> filters, UnaryOperator<Expr> f) {
        List<Filter> out = null;
        for (int i = 0; i < filters.size(); i++) {
            Filter mapped = map(filters.get(i), f);
            if (mapped != filters.get(i) && out == null) {
                out = new ArrayList<>(filters.subList(0, i));
            }
            if (out != null) {
                out.add(mapped);
            }
        }
        return out == null ? filters : out;
    }

    static Filter map(Filter filter, UnaryOperator<Expr> f) {
        if (filter == null) {
            return null;
        }
        return switch (filter) {
            case Filter.Match m -> {
                if (!(m.value() instanceof Expr e)) {
                    yield m;
                }
                Expr mapped = map(e, f);
                yield mapped == e ? m : new Filter.Match(m.path(), m.lookup(), mapped);
            }
            case Filter.Compare c -> {
                Expr expression = map(c.expression(), f);
                Object value = c.value() instanceof Expr e ? map(e, f) : c.value();
                yield expression == c.expression() && value == c.value() ? c : new Filter.Compare(expression, c.lookup(), value);
            }
            case Filter.And a -> {
                List<Filter> parts = mapFilters(a.parts(), f);
                yield parts == a.parts() ? a : new Filter.And(parts);
            }
            case Filter.Or o -> {
                List<Filter> parts = mapFilters(o.parts(), f);
                yield parts == o.parts() ? o : new Filter.Or(parts);
            }
            case Filter.Not n -> {
                Filter part = map(n.part(), f);
                yield part == n.part() ? n : new Filter.Not(part);
            }
            case Filter.Chain c -> {
                List<Filter> calls = mapFilters(c.calls(), f);
                yield calls == c.calls() ? c : new Filter.Chain(calls);
            }
            case Filter.Related r -> r;
            case Filter.Raw r -> r;
            case Filter.Everything e -> e;
        };
    }

    /** {@code e} with {@code f} applied bottom-up; a node whose children did not change is kept as it is. */
    static Expr map(Expr e, UnaryOperator<Expr> f) {
        Expr rebuilt = switch (e) {
            case Expr.Math m -> {
                Expr l = map(m.left(), f);
                Expr r = map(m.right(), f);
                yield l == m.left() && r == m.right() ? m : new Expr.Math(m.operator(), l, r, m.type());
            }
            case Expr.Aggregate a -> {
                Expr argument = a.argument() == null ? null : map(a.argument(), f);
                Filter filter = map(a.filter(), f);
                Expr defaultValue = a.defaultValue() == null ? null : map(a.defaultValue(), f);
                yield argument == a.argument() && filter == a.filter() && defaultValue == a.defaultValue() ? a
                        : new Expr.Aggregate(a.function(), argument, a.distinct(), filter, defaultValue, a.type());
            }
            case Expr.Func fn -> {
                List<Expr> arguments = mapAll(fn.arguments(), f);
                yield arguments == fn.arguments() ? fn : new Expr.Func(fn.function(), arguments, fn.type());
            }
            case Expr.Transformed t -> {
                Expr source = map(t.source(), f);
                yield source == t.source() ? t : new Expr.Transformed(source, t.transform());
            }
            case Expr.Trunc t -> {
                Expr source = map(t.source(), f);
                yield source == t.source() ? t : new Expr.Trunc(source, t.kind());
            }
            case Expr.Cast c -> {
                Expr source = map(c.source(), f);
                yield source == c.source() ? c : new Expr.Cast(source, c.type(), c.maxDigits(), c.decimalPlaces());
            }
            case Expr.Case c -> {
                boolean changed = false;
                List<Expr.Case.When> whens = new ArrayList<>(c.whens().size());
                for (Expr.Case.When w : c.whens()) {
                    Filter condition = map(w.condition(), f);
                    Expr then = map(w.then(), f);
                    boolean same = condition == w.condition() && then == w.then();
                    changed |= !same;
                    whens.add(same ? w : new Expr.Case.When(condition, then));
                }
                Expr otherwise = c.otherwise() == null ? null : map(c.otherwise(), f);
                yield !changed && otherwise == c.otherwise() ? c : new Expr.Case(whens, otherwise, c.type());
            }
            case Expr.Ref r -> {
                Expr target = map(r.target(), f);
                yield target == r.target() ? r : new Expr.Ref(r.name(), target);
            }
            case Expr.Window w -> {
                Expr function = map(w.function(), f);
                List<Expr> partitionBy = mapAll(w.partitionBy(), f);
                boolean orderChanged = false;
                List<OrderTerm> orderBy = new ArrayList<>(w.orderBy().size());
                for (OrderTerm t : w.orderBy()) {
                    OrderTerm mapped = map(t, f);
                    orderChanged |= mapped != t;
                    orderBy.add(mapped);
                }
                yield function == w.function() && partitionBy == w.partitionBy() && !orderChanged ? w
                        : new Expr.Window(function, partitionBy, orderBy, w.frame());
            }
            case Expr.Column c -> c;
            case Expr.Constant c -> c;
            case Expr.Subquery s -> s;
            case Expr.OuterRef o -> o;
            case Expr.Outer o -> o;
            case Expr.Scalar s -> s;
            case Expr.Exists x -> x;
            case Expr.Condition c -> {
                Filter filter = map(c.filter(), f);
                yield filter == c.filter() ? c : new Expr.Condition(filter);
            }
        };
        return f.apply(rebuilt);
    }
}
