package io.aksara.jooq.internal;

import io.aksara.jooq.types.ColumnReader;
import io.aksara.meta.FieldType;
import io.aksara.query.Expr;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jooq.SQLDialect;

/**
 * The reader of a computed value (an annotation, an aggregate, a {@code values()} column): the
 * typed reader of its {@link Expr#type()}, so a count reads as a {@code Long} and an average of
 * integers as a {@code Double} whatever the database returns, plus one normalisation for decimals:
 * a value whose scale is known from its inputs is read with that scale (a sum of prices with the
 * price column's two places, an average with two plus four), as databases differ there. Built once
 * per column of a statement, never per row.
 */
public final class ResultReaders {
    /** The decimal places an average adds to its argument's: MySQL's default, applied everywhere. */
    public static final int AVG_EXTRA_SCALE = 4;

    private ResultReaders() {}

    public static ColumnReader of(Expr e, SQLDialect dialect) {
        ColumnReader base = JdbcValues.reader(e.type() == FieldType.BIG_AUTO ? FieldType.BIG_INTEGER : e.type(), dialect);
        if (e.type() != FieldType.DECIMAL) {
            return base;
        }
        int scale = scale(e);
        if (scale < 0) {
            return base;
        }
        return (rs, i) -> {
            BigDecimal v = (BigDecimal) base.read(rs, i);
            return v == null ? null : v.setScale(scale, RoundingMode.HALF_UP);
        };
    }

    /** The scale of a decimal value as its inputs define it, or -1 when it depends on the database. */
    static int scale(Expr e) {
        return switch (e) {
            case Expr.Column c -> c.type() != FieldType.DECIMAL ? 0
                    : c.path().transforms().isEmpty() ? c.path().field().decimalPlaces() : -1;
            case Expr.Constant k -> k.value() instanceof BigDecimal d ? Math.max(d.scale(), 0) : 0;
            case Expr.Aggregate a -> switch (a.function()) {
                case SUM, MIN, MAX -> a.argument() == null ? 0 : scale(a.argument());
                case AVG -> a.argument() == null || scale(a.argument()) < 0 ? -1 : scale(a.argument()) + AVG_EXTRA_SCALE;
                default -> -1;
            };
            case Expr.Math m -> {
                int l = scale(m.left());
                int r = scale(m.right());
                if (l < 0 || r < 0) {
                    yield -1;
                }
                yield switch (m.operator()) {
                    case ADD, SUBTRACT -> Math.max(l, r);
                    case MULTIPLY -> l + r;
                    case DIVIDE -> -1;
                };
            }
            case Expr.Func f -> switch (f.function()) {
                case COALESCE, GREATEST, LEAST, NULLIF -> maxScale(f.arguments());
                case FIRST_VALUE, LAG, LEAD -> scale(f.arguments().getFirst());
                default -> f.type() == FieldType.DECIMAL ? -1 : 0;
            };
            case Expr.Case c -> {
                List<Expr> branches = new ArrayList<>();
                c.whens().forEach(w -> branches.add(w.then()));
                if (c.otherwise() != null) {
                    branches.add(c.otherwise());
                }
                yield maxScale(branches);
            }
            case Expr.Cast c -> c.type() == FieldType.DECIMAL ? c.decimalPlaces() : 0;
            case Expr.Ref r -> scale(r.target());
            case Expr.Outer o -> scale(o.expression());
            case Expr.Scalar s -> scale(s.column());
            case Expr.Window w -> scale(w.function());
            default -> e.type() == FieldType.DECIMAL ? -1 : 0;
        };
    }

    private static int maxScale(List<Expr> exprs) {
        int max = 0;
        for (Expr x : exprs) {
            int s = scale(x);
            if (s < 0) {
                return -1;
            }
            max = Math.max(max, s);
        }
        return max;
    }
}
