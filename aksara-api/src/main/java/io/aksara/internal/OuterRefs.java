package io.aksara.internal;

import io.aksara.Model;
import io.aksara.errors.FieldError;
import io.aksara.lookup.DateTransform;
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
        return QueryRewrite.map(inner, e -> bindOuterNode(e, outer));
    }

    static Expr bindOuter(Expr e, Expressions.Ctx outer) {
        return QueryRewrite.map(e, x -> bindOuterNode(x, outer));
    }

    /**
     * One node, children first: an {@code OuterRef} becomes the outer column, and a date part of an
     * {@code OuterRef} (taken by name while the outer model was unknown) is checked against it.
     */
    private static Expr bindOuterNode(Expr e, Expressions.Ctx outer) {
        if (e instanceof Expr.OuterRef o) {
            return outer(o, outer);
        }
        if (e instanceof Expr.Transformed t && t.source() instanceof Expr.Outer o && t.transform() instanceof DateTransform d
                && !d.appliesTo(o.type())) {
            throw new FieldError("Cannot extract '" + d.lookupName() + "' from " + Expressions.describe(o.expression()) + " of "
                    + outer.model().name() + " (" + o.type().displayName() + "); Extract needs a date, a time or a timestamp");
        }
        return e;
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
