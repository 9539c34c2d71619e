package io.aksara.functions;

import io.aksara.query.Expr;

/**
 * The largest argument ({@code GREATEST}). As in Django, NULL handling is the database's: on
 * PostgreSQL the largest non-null argument, on MySQL, MariaDB and H2 NULL when any argument is
 * NULL (wrap arguments in {@link Coalesce} to be portable).
 *
 * <pre>{@code Book.objects.annotate(Greatest.of("stock", "reserved").as("most")) }</pre>
 */
public final class Greatest {
    private Greatest() {}

    /** At least two arguments: field paths, expressions or constants. */
    public static Func of(Object first, Object second, Object... more) {
        return new Func(Expr.Func.Function.GREATEST, Args.fields("Greatest", Coalesce.join(first, second, more), 2));
    }
}
