package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * {@code base} raised to {@code exponent} ({@code POWER}): a {@code BigDecimal} when either is a decimal, else a {@code Double} (as Django's).
 *
 * <pre>{@code FloatModel.objects.annotate(Power.of("f1", "f2").as("p")) }</pre>
 */
public final class Power {
    private Power() {}

    /** Of two field paths (strings), expressions or constants. */
    public static Func of(Object base, Object exponent) {
        return new Func(Expr.Func.Function.POWER, List.of(Args.field("Power", base), Args.field("Power", exponent)));
    }
}
