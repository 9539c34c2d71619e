package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The rank of the row in its window partition, with gaps after ties ({@code RANK}); a {@code Long}.
 * Use it inside a {@link io.aksara.expr.Window}.
 *
 * <pre>{@code Book.objects.annotate(Window.of(Rank.of()).partitionBy("author").orderBy("-price").as("n")) }</pre>
 */
public final class Rank {
    private Rank() {}

    public static Func of() {
        return new Func(Expr.Func.Function.RANK, List.of());
    }
}
