package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The value of an expression in the first row of the window frame ({@code FIRST_VALUE}). Use
 * it inside a {@link io.aksara.expr.Window}.
 *
 * <pre>{@code Book.objects.annotate(Window.of(FirstValue.of("title")).partitionBy("author").orderBy("-price").as("top")) }</pre>
 */
public final class FirstValue {
    private FirstValue() {}

    public static Func of(Object expression) {
        return new Func(Expr.Func.Function.FIRST_VALUE, List.of(Args.field("FirstValue", expression)));
    }
}
