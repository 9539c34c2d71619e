package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The sign of a number ({@code SIGN}): -1, 0 or 1, of the argument's type.
 *
 * <pre>{@code Account.objects.filter("balance__lt", 0).annotate(Sign.of("balance").as("s")) }</pre>
 */
public final class Sign {
    private Sign() {}

    /** Of a field path (a string) or an expression. */
    public static Func of(Object expression) {
        return new Func(Expr.Func.Function.SIGN, List.of(Args.field("Sign", expression)));
    }
}
