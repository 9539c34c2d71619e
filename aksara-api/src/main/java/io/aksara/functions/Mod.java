package io.aksara.functions;

import io.aksara.query.Expr;
import java.util.List;

/**
 * The remainder of {@code dividend / divisor} ({@code MOD}), with the sign of the dividend: a {@code BigDecimal} when either is a decimal, else a {@code Double} (as Django's).
 *
 * <pre>{@code IntegerModel.objects.annotate(Mod.of("small", "normal").as("rest")) }</pre>
 */
public final class Mod {
    private Mod() {}

    /** Of two field paths (strings), expressions or constants. */
    public static Func of(Object dividend, Object divisor) {
        return new Func(Expr.Func.Function.MOD, List.of(Args.field("Mod", dividend), Args.field("Mod", divisor)));
    }
}
