package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The value of an expression in the row {@code offset} rows after this one in its window
 * partition ({@code LEAD}), or the default (NULL without one). Use it inside a {@link io.aksara.expr.Window}.
 *
 * <pre>{@code Book.objects.annotate(Window.of(Lead.of("price")).partitionBy("author").orderBy("year").as("p")) }</pre>
 */
public final class Lead {
    private Lead() {}

    /** One row after. */
    public static Func of(Object expression) {
        return new Func(Expr.Func.Function.LEAD, List.of(Args.field("Lead", expression)));
    }

    /** {@code offset} rows after, NULL when there is no such row. */
    public static Func of(Object expression, int offset) {
        return new Func(Expr.Func.Function.LEAD, List.of(Args.field("Lead", expression), Args.value("Lead", offset)));
    }

    /** {@code offset} rows after, {@code defaultValue} (a constant of the expression's type) when there is no such row. */
    public static Func of(Object expression, int offset, Object defaultValue) {
        return new Func(Expr.Func.Function.LEAD, List.of(Args.field("Lead", expression), Args.value("Lead", offset),
                Args.value("Lead", defaultValue)));
    }
}
