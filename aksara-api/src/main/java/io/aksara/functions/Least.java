package io.aksara.functions;

import io.aksara.query.Expr;

/**
 * The smallest argument ({@code LEAST}); NULLs as for {@link Greatest}.
 *
 * <pre>{@code Book.objects.annotate(Least.of("stock", "reserved").as("fewest")) }</pre>
 */
public final class Least {
    private Least() {}

    /** At least two arguments: field paths, expressions or constants. */
    public static Func of(Object first, Object second, Object... more) {
        return new Func(Expr.Func.Function.LEAST, Args.fields("Least", Coalesce.join(first, second, more), 2));
    }
}
