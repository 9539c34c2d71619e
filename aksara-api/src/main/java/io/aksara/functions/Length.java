package io.aksara.functions;

import io.aksara.expr.Expression;
import io.aksara.query.Expr;
import java.util.List;

/**
 * The number of characters of text ({@code CHAR_LENGTH}), an {@code Integer}; NULL for NULL.
 *
 * <pre>{@code Book.objects.annotate(Length.of("title").as("t")) }</pre>
 */
public final class Length {
    private Length() {}

    /** Of a field path. */
    public static Func of(String path) {
        return new Func(Expr.Func.Function.LENGTH, List.of(Args.field("Length", path)));
    }

    /** Of an expression. */
    public static Func of(Expression expression) {
        return new Func(Expr.Func.Function.LENGTH, List.of(Args.field("Length", expression)));
    }
}
