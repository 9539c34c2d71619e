package io.aksara.functions;

import io.aksara.expr.Expression;
import io.aksara.query.Expr;
import java.util.List;

/**
 * Upper-cased text ({@code UPPER}).
 *
 * <pre>{@code Book.objects.annotate(Upper.of("title").as("t")) }</pre>
 */
public final class Upper {
    private Upper() {}

    /** Of a field path. */
    public static Func of(String path) {
        return new Func(Expr.Func.Function.UPPER, List.of(Args.field("Upper", path)));
    }

    /** Of an expression. */
    public static Func of(Expression expression) {
        return new Func(Expr.Func.Function.UPPER, List.of(Args.field("Upper", expression)));
    }
}
