package io.aksara.functions;

import io.aksara.errors.FieldError;
import io.aksara.query.Expr;
import java.util.List;

/**
 * Part of text ({@code SUBSTRING}): from a 1-based position, optionally of a length.
 *
 * <pre>{@code Book.objects.annotate(Substr.of("title", 1, 4).as("prefix")) }</pre>
 */
public final class Substr {
    private Substr() {}

    /** From {@code position} (1 is the first character) to the end. */
    public static Func of(Object expression, int position) {
        check(position, 0);
        return new Func(Expr.Func.Function.SUBSTR, List.of(Args.field("Substr", expression), Args.value("Substr", position)));
    }

    /** {@code length} characters from {@code position} (1 is the first character). */
    public static Func of(Object expression, int position, int length) {
        check(position, length);
        return new Func(Expr.Func.Function.SUBSTR, List.of(Args.field("Substr", expression), Args.value("Substr", position),
                Args.value("Substr", length)));
    }

    private static void check(int position, int length) {
        if (position < 1) {
            throw new FieldError("Substr positions start at 1, got " + position);
        }
        if (length < 0) {
            throw new FieldError("Substr length must not be negative, got " + length);
        }
    }
}
