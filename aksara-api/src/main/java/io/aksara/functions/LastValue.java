package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The value of an expression in the last row of the window frame ({@code LAST_VALUE}). With an
 * ordering the default frame ends at the current row; give {@code rowsBetween(null, null)} for
 * the partition's last row. Use it inside a {@link io.aksara.expr.Window}.
 *
 * <pre>{@code Book.objects.annotate(Window.of(LastValue.of("title")).partitionBy("author").orderBy("price").rowsBetween(null, null).as("dearest")) }</pre>
 */
public final class LastValue {
    private LastValue() {}

    public static Func of(Object expression) {
        return new Func(Expr.Func.Function.LAST_VALUE, List.of(Args.field("LastValue", expression)));
    }
}
