package io.aksara.functions;

import io.aksara.query.Expr;

/**
 * Text joined together ({@code CONCAT}). Strings name fields; pass constants as
 * {@link io.aksara.expr.Value}. A NULL part counts as empty text on every database (MySQL's own
 * {@code CONCAT} would return NULL); other types are converted to text.
 *
 * <pre>{@code Author.objects.annotate(Concat.of("name", Value.of(" ("), "publisher__name", Value.of(")")).as("label")) }</pre>
 */
public final class Concat {
    private Concat() {}

    /** At least two parts: field paths, expressions or constants. */
    public static Func of(Object first, Object second, Object... more) {
        return new Func(Expr.Func.Function.CONCAT, Args.fields("Concat", Coalesce.join(first, second, more), 2));
    }
}
