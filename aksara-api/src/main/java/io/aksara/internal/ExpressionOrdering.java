package io.aksara.internal;

import io.aksara.errors.FieldError;
import io.aksara.expr.Expression;
import io.aksara.expr.OrderBy;
import io.aksara.meta.FieldMeta;
import io.aksara.query.Annotation;
import io.aksara.query.Expr;
import io.aksara.query.OrderTerm;
import io.aksara.query.SelectQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code orderBy(...)} with expressions as well as names: {@code "-name"}, an {@link OrderBy}
 * ({@code F.of("x").desc().nullsLast()}) or a bare expression (ascending).
 */
public final class ExpressionOrdering {
    private ExpressionOrdering() {}

    /** The terms, resolved against the query's model and annotations. */
    public static List<OrderTerm> terms(SelectQuery<?> q, Object[] terms) {
        Map<String, Annotation> annotations = Annotate.byName(q);
        List<OrderTerm> out = new ArrayList<>();
        for (Object term : terms) {
            switch (term) {
                case String name -> out.addAll(Resolver.ordering(q.model(), List.of(name), annotations));
                case OrderBy o -> out.add(term(q, annotations, o));
                case Expression e -> out.add(term(q, annotations, new OrderBy(e, false, null)));
                case FieldMeta<?, ?> f -> out.addAll(Resolver.ordering(q.model(), List.of(f.name()), annotations));
                case null, default -> throw new FieldError("orderBy takes field names (\"-price\"), expressions or"
                        + " expression.asc()/desc(); got " + FieldError.describe(term));
            }
        }
        return out;
    }

    private static OrderTerm term(SelectQuery<?> q, Map<String, Annotation> annotations, OrderBy o) {
        Expr e = Expressions.annotation(q.model(), annotations, Expressions.unnamed(o.expression()));
        if (Expr.containsAggregate(e) && !q.isGrouped()) {
            throw new FieldError("Using an aggregate in orderBy() without also including it in annotate() is not allowed: "
                    + o.expression());
        }
        if (Expr.containsWindow(e)) {
            throw new FieldError("orderBy cannot take a window expression (" + o.expression() + "); annotate it and order"
                    + " by its name");
        }
        return OrderTerm.of(e, o.descending()).withNulls(o.nulls());
    }
}
