package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The largest whole number not above the argument ({@code FLOOR}), of the argument's type.
 *
 * <pre>{@code Product.objects.annotate(Floor.of("price").as("rounded_down")) }</pre>
 */
public final class Floor {
    private Floor() {}

    /** Of a field path (a string) or an expression. */
    public static Func of(Object expression) {
        return new Func(Expr.Func.Function.FLOOR, List.of(Args.field("Floor", expression)));
    }
}
