package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The rank of the row in its window partition, without gaps after ties ({@code DENSE_RANK}); a {@code Long}.
 * Use it inside a {@link io.aksara.expr.Window}.
 *
 * <pre>{@code Book.objects.annotate(Window.of(DenseRank.of()).partitionBy("author").orderBy("-price").as("n")) }</pre>
 */
public final class DenseRank {
    private DenseRank() {}

    public static Func of() {
        return new Func(Expr.Func.Function.DENSE_RANK, List.of());
    }
}
