package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The absolute value ({@code ABS}), of the argument's type.
 *
 * <pre>{@code DecimalModel.objects.annotate(Abs.of("n1").as("size")) }</pre>
 */
public final class Abs {
    private Abs() {}

    /** Of a field path (a string) or an expression. */
    public static Func of(Object expression) {
        return new Func(Expr.Func.Function.ABS, List.of(Args.field("Abs", expression)));
    }
}
