package io.aksara.functions;

import io.aksara.query.Expr;

/**
 * The first non-null argument ({@code COALESCE}). Strings name fields; wrap constants in
 * {@link io.aksara.expr.Value} or pass them as numbers, dates, ... The arguments must have one type
 * (numbers mix, widening to the widest).
 *
 * <pre>{@code Book.objects.annotate(Coalesce.of("published", "created").as("shown")) }</pre>
 */
public final class Coalesce {
    private Coalesce() {}

    /** At least two arguments: field paths, expressions or constants. */
    public static Func of(Object first, Object second, Object... more) {
        return new Func(Expr.Func.Function.COALESCE, Args.fields("Coalesce", join(first, second, more), 2));
    }

    static Object[] join(Object first, Object second, Object[] more) {
        Object[] all = new Object[more.length + 2];
        all[0] = first;
        all[1] = second;
        System.arraycopy(more, 0, all, 2, more.length);
        return all;
    }
}
