package io.aksara.functions;

import io.aksara.errors.FieldError;
import io.aksara.query.Expr;
import java.util.List;

/**
 * The value of an expression in the {@code nth} row (1-based) of the window frame, NULL when the
 * frame has fewer rows ({@code NTH_VALUE}). Use it inside a {@link io.aksara.expr.Window}.
 *
 * <pre>{@code Book.objects.annotate(Window.of(NthValue.of("title", 2)).partitionBy("author").orderBy("-price").as("second")) }</pre>
 */
public final class NthValue {
    private NthValue() {}

    public static Func of(Object expression, int nth) {
        if (nth <= 0) {
            throw new FieldError("NthValue needs a positive row number, got " + nth);
        }
        return new Func(Expr.Func.Function.NTH_VALUE, List.of(Args.field("NthValue", expression), Args.value("NthValue", nth)));
    }
}
