package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The cumulative distribution of the row in its partition, rows up to and tied with it / rows, a Double ({@code CUME_DIST}). Use it inside a {@link io.aksara.expr.Window}.
 *
 * <pre>{@code Employee.objects.annotate(Window.of(CumeDist.of()).orderBy("salary").as("cd")) }</pre>
 */
public final class CumeDist {
    private CumeDist() {}

    public static Func of() {
        return new Func(Expr.Func.Function.CUME_DIST, List.of());
    }
}
