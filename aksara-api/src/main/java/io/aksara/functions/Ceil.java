package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The smallest whole number not below the argument ({@code CEIL}), of the argument's type.
 *
 * <pre>{@code Product.objects.annotate(Ceil.of("price").as("rounded_up")) }</pre>
 */
public final class Ceil {
    private Ceil() {}

    /** Of a field path (a string) or an expression. */
    public static Func of(Object expression) {
        return new Func(Expr.Func.Function.CEIL, List.of(Args.field("Ceil", expression)));
    }
}
