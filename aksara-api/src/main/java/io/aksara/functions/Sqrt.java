package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The square root ({@code SQRT}): a {@code BigDecimal} of a decimal, a {@code Double} of any other number.
 *
 * <pre>{@code Point.objects.annotate(Sqrt.of("area").as("side")) }</pre>
 */
public final class Sqrt {
    private Sqrt() {}

    /** Of a field path (a string) or an expression. */
    public static Func of(Object expression) {
        return new Func(Expr.Func.Function.SQRT, List.of(Args.field("Sqrt", expression)));
    }
}
