package io.aksara.functions;

import io.aksara.errors.FieldError;
import io.aksara.query.Expr;
import java.util.List;

/**
 * The number (1 to {@code buckets}) of the bucket the row falls in when its partition is split
 * into that many buckets of near-equal size ({@code NTILE}), a Long. Use it inside a
 * {@link io.aksara.expr.Window}.
 *
 * <pre>{@code Employee.objects.annotate(Window.of(NTile.of(4)).orderBy("salary").as("quartile")) }</pre>
 */
public final class NTile {
    private NTile() {}

    public static Func of(int buckets) {
        if (buckets <= 0) {
            throw new FieldError("NTile needs a positive number of buckets, got " + buckets);
        }
        return new Func(Expr.Func.Function.NTILE, List.of(Args.value("NTile", buckets)));
    }
}
