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
        List<Annotation> annotations = new ArrayList<>();
        for (Annotation a : q.annotations()) {
            annotations.add(new Annotation(a.name(), map(a.expr(), f), a.selected()));
        }
        List<OrderTerm> ordering = new ArrayList<>();
        for (OrderTerm t : q.ordering()) {
            ordering.add(map(t, f));
        }
        List<Expr> groupBy = q.groupBy() == null ? null : q.groupBy().stream().map(e -> map(e, f)).toList();
        return q.withWhere(map(q.where(), f)).withHaving(map(q.having(), f)).withAnnotations(annotations)
                .withOrdering(ordering).withGroupBy(groupBy);
    }

    private static OrderTerm map(OrderTerm t, UnaryOperator<Expr> f) {
        return t.expression() == null ? t : new OrderTerm(t.path(), t.descending(), map(t.expression(), f), t.nulls());
    }

    static Filter map(Filter filter, UnaryOperator<Expr> f) {
        if (filter == null) {
            return null;
        }
        return switch (filter) {
            case Filter.Match m -> m.value() instanceof Expr e ? new Filter.Match(m.path(), m.lookup(), map(e, f)) : m;
            case Filter.Compare c -> new Filter.Compare(map(c.expression(), f), c.lookup(),
                    c.value() instanceof Expr e ? map(e, f) : c.value());
            case Filter.And a -> new Filter.And(a.parts().stream().map(p -> map(p, f)).toList());
            case Filter.Or o -> new Filter.Or(o.parts().stream().map(p -> map(p, f)).toList());
            case Filter.Not n -> new Filter.Not(map(n.part(), f));
            case Filter.Chain c -> new Filter.Chain(c.calls().stream().map(p -> map(p, f)).toList());
            case Filter.Related r -> r;
            case Filter.Raw r -> r;
            case Filter.Everything e -> e;
        };
    }

    static Expr map(Expr e, UnaryOperator<Expr> f) {
        Expr rebuilt = switch (e) {
            case Expr.Math m -> new Expr.Math(m.operator(), map(m.left(), f), map(m.right(), f), m.type());
            case Expr.Aggregate a -> new Expr.Aggregate(a.function(), a.argument() == null ? null : map(a.argument(), f),
                    a.distinct(), map(a.filter(), f), a.defaultValue() == null ? null : map(a.defaultValue(), f), a.type());
            case Expr.Func fn -> new Expr.Func(fn.function(), fn.arguments().stream().map(x -> map(x, f)).toList(), fn.type());
            case Expr.Transformed t -> new Expr.Transformed(map(t.source(), f), t.transform());
            case Expr.Trunc t -> new Expr.Trunc(map(t.source(), f), t.kind());
            case Expr.Cast c -> new Expr.Cast(map(c.source(), f), c.type(), c.maxDigits(), c.decimalPlaces());
            case Expr.Case c -> new Expr.Case(c.whens().stream()
                    .map(w -> new Expr.Case.When(map(w.condition(), f), map(w.then(), f))).toList(),
                    c.otherwise() == null ? null : map(c.otherwise(), f), c.type());
            case Expr.Ref r -> new Expr.Ref(r.name(), map(r.target(), f));
            case Expr.Window w -> new Expr.Window(map(w.function(), f), w.partitionBy().stream().map(x -> map(x, f)).toList(),
                    w.orderBy().stream().map(t -> map(t, f)).toList(), w.frame());
            case Expr.Column c -> c;
            case Expr.Constant c -> c;
            case Expr.Subquery s -> s;
            case Expr.OuterRef o -> o;
            case Expr.Outer o -> o;
            case Expr.Scalar s -> s;
            case Expr.Exists x -> x;
            case Expr.Condition c -> new Expr.Condition(map(c.filter(), f));
        };
        return f.apply(rebuilt);
    }
}
