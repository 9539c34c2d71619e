package io.aksara.internal;

import io.aksara.Model;
import io.aksara.errors.FieldError;
import io.aksara.query.Expr;
import io.aksara.query.SelectQuery;

/**
 * Binds a subquery's {@code OuterRef}s to the outer query's model for {@link Expressions}, checking
 * that each names a value of the type the subquery compares it with.
 */
final class OuterRefs {
    private OuterRefs() {}

    /** The inner query with every {@code OuterRef} resolved against the outer model. */
    static <T extends Model> SelectQuery<T> bindOuter(SelectQuery<T> inner, Expressions.Ctx outer) {
        return QueryRewrite.map(inner, e -> e instanceof Expr.OuterRef o ? outer(o, outer) : e);
    }

    static Expr bindOuter(Expr e, Expressions.Ctx outer) {
        return QueryRewrite.map(e, x -> x instanceof Expr.OuterRef o ? outer(o, outer) : x);
    }

    private static Expr outer(Expr.OuterRef o, Expressions.Ctx outer) {
        Expr resolved = Expressions.path(new Expressions.Ctx(outer.model(), outer.annotations(), false), o.path());
        if (o.type() != null && !Expressions.compatible(resolved.type(), o.type())) {
            throw new FieldError("OuterRef('" + o.path() + "') is a " + resolved.type().displayName() + " of "
                    + outer.model().name() + ", but the subquery compares it with a " + o.type().displayName());
        }
        return new Expr.Outer(resolved);
    }
}
