package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The value of an expression in the row {@code offset} rows before this one in its window
 * partition ({@code LAG}), or the default (NULL without one). Use it inside a {@link io.aksara.expr.Window}.
 *
 * <pre>{@code Book.objects.annotate(Window.of(Lag.of("price")).partitionBy("author").orderBy("year").as("p")) }</pre>
 */
public final class Lag {
    private Lag() {}

    /** One row before. */
    public static Func of(Object expression) {
        return new Func(Expr.Func.Function.LAG, List.of(Args.field("Lag", expression)));
    }

    /** {@code offset} rows before, NULL when there is no such row. */
    public static Func of(Object expression, int offset) {
        return new Func(Expr.Func.Function.LAG, List.of(Args.field("Lag", expression), Args.value("Lag", offset)));
    }

    /** {@code offset} rows before, {@code defaultValue} (a constant of the expression's type) when there is no such row. */
    public static Func of(Object expression, int offset, Object defaultValue) {
        return new Func(Expr.Func.Function.LAG, List.of(Args.field("Lag", expression), Args.value("Lag", offset),
                Args.value("Lag", defaultValue)));
    }
}
