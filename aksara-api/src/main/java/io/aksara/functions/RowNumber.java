package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The number of the row in its window partition, from 1 ({@code ROW_NUMBER}); a {@code Long}.
 * Use it inside a {@link io.aksara.expr.Window}.
 *
 * <pre>{@code Book.objects.annotate(Window.of(RowNumber.of()).partitionBy("author").orderBy("-price").as("n")) }</pre>
 */
public final class RowNumber {
    private RowNumber() {}

    public static Func of() {
        return new Func(Expr.Func.Function.ROW_NUMBER, List.of());
    }
}
