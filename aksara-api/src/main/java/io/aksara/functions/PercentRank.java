package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The relative rank of the row in its partition, (rank - 1) / (rows - 1), a Double from 0 to 1 ({@code PERCENT_RANK}). Use it inside a {@link io.aksara.expr.Window}.
 *
 * <pre>{@code Employee.objects.annotate(Window.of(PercentRank.of()).orderBy("salary").as("pr")) }</pre>
 */
public final class PercentRank {
    private PercentRank() {}

    public static Func of() {
        return new Func(Expr.Func.Function.PERCENT_RANK, List.of());
    }
}
