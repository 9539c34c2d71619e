package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * Text with every occurrence of {@code text} replaced ({@code REPLACE}, case-sensitive).
 * {@code text} and {@code replacement} are constants (or expressions), not field names.
 *
 * <pre>{@code Book.objects.annotate(Replace.of("title", "Java", "JVM").as("t")) }</pre>
 */
public final class Replace {
    private Replace() {}

    /** Replaces {@code text} with {@code replacement} in a field path or expression. */
    public static Func of(Object expression, Object text, Object replacement) {
        return new Func(Expr.Func.Function.REPLACE, List.of(Args.field("Replace", expression), Args.value("Replace", text),
                Args.value("Replace", replacement)));
    }

    /** Removes every occurrence of {@code text}. */
    public static Func of(Object expression, Object text) {
        return of(expression, text, "");
    }
}
