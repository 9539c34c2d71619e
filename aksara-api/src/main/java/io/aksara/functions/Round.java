package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * A number rounded ({@code ROUND}) to a whole number or to {@code precision} decimal places
 * (negative: tens, hundreds, ...), of the argument's type; halves round away from zero.
 *
 * <pre>{@code Product.objects.annotate(Round.of("price", 1).as("approx")) }</pre>
 */
public final class Round {
    private Round() {}

    /** To a whole number; a field path (a string) or an expression. */
    public static Func of(Object expression) {
        return new Func(Expr.Func.Function.ROUND, List.of(Args.field("Round", expression)));
    }

    /** To {@code precision} decimal places; negative rounds to tens ({@code -1}), hundreds ({@code -2}), ... */
    public static Func of(Object expression, int precision) {
        return new Func(Expr.Func.Function.ROUND, List.of(Args.field("Round", expression), Args.value("Round", precision)));
    }
}
