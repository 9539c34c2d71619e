package io.aksara.functions;

import io.aksara.expr.Expression;
import io.aksara.query.Expr;
import java.util.List;

/**
 * Lower-cased text ({@code LOWER}).
 *
 * <pre>{@code Book.objects.annotate(Lower.of("title").as("t")) }</pre>
 */
public final class Lower {
    private Lower() {}

    /** Of a field path. */
    public static Func of(String path) {
        return new Func(Expr.Func.Function.LOWER, List.of(Args.field("Lower", path)));
    }

    /** Of an expression. */
    public static Func of(Expression expression) {
        return new Func(Expr.Func.Function.LOWER, List.of(Args.field("Lower", expression)));
    }
}
