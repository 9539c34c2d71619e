package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * NULL when both arguments are equal, else the first ({@code NULLIF}).
 *
 * <pre>{@code Book.objects.annotate(NullIf.of("stock", 0).as("stockOrNull")) }</pre>
 */
public final class NullIf {
    private NullIf() {}

    /** A field path or expression, and what it is compared with (a field path, expression or constant). */
    public static Func of(Object expression, Object other) {
        return new Func(Expr.Func.Function.NULLIF, List.of(Args.field("NullIf", expression), Args.field("NullIf", other)));
    }
}
