package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * Text without leading and trailing spaces ({@code TRIM}); {@link #left} and {@link #right} trim one side.
 *
 * <pre>{@code Author.objects.annotate(Trim.of("name").as("clean")) }</pre>
 */
public final class Trim {
    private Trim() {}

    /** Both sides of a field path or expression. */
    public static Func of(Object expression) {
        return new Func(Expr.Func.Function.TRIM, List.of(Args.field("Trim", expression)));
    }

    /** Leading spaces only ({@code LTRIM}). */
    public static Func left(Object expression) {
        return new Func(Expr.Func.Function.LTRIM, List.of(Args.field("Trim", expression)));
    }

    /** Trailing spaces only ({@code RTRIM}). */
    public static Func right(Object expression) {
        return new Func(Expr.Func.Function.RTRIM, List.of(Args.field("Trim", expression)));
    }
}
