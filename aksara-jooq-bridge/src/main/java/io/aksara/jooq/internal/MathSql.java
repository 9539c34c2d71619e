package io.aksara.jooq.internal;

import io.aksara.meta.FieldType;
import io.aksara.query.Expr;
import java.util.List;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The SQL of the math functions ({@code Abs}, {@code Ceil}, {@code Floor}, {@code Round},
 * {@code Sign}, {@code Sqrt}, {@code Mod}, {@code Power}). The result is cast to the type the
 * function was resolved to, because the databases widen differently: PostgreSQL computes
 * {@code ceil}, {@code round} and {@code sign} of an integer as a double or a numeric, and has no
 * {@code mod(double, double)} nor {@code round(double, int)}, so there the arguments of those are
 * computed as numeric. SQLite's {@code round} takes no negative precision.
 */
final class MathSql {
    private MathSql() {}

    static Field<?> function(Expr.Func f, List<Field<Object>> args, LoweringContext ctx) {
        boolean postgres = ctx.dialect().family() == SQLDialect.POSTGRES;
        Field<?> x = args.getFirst();
        Field<?> sql = switch (f.function()) {
            case ABS -> DSL.field("abs({0})", Object.class, x);
            case CEIL -> DSL.field("ceil({0})", Object.class, x);
            case FLOOR -> DSL.field("floor({0})", Object.class, x);
            case SIGN -> DSL.field("sign({0})", Object.class, x);
            case SQRT -> DSL.field("sqrt({0})", Object.class, x);
            case POWER -> DSL.field("power({0}, {1})", Object.class, x, args.get(1));
            case MOD -> postgres
                    ? DSL.field("mod({0}, {1})", Object.class, numeric(x), numeric(args.get(1)))
                    : DSL.field("mod({0}, {1})", Object.class, x, args.get(1));
            case ROUND -> {
                Field<?> source = postgres && f.type() == FieldType.FLOAT ? numeric(x) : x;
                if (args.size() == 1) {
                    yield DSL.field("round({0})", Object.class, source);
                }
                // SQLite rounds to no fewer than 0 places: tens and hundreds by scaling down and up
                yield ctx.dialect().family() == SQLDialect.SQLITE
                        ? DSL.field("(case when {1} < 0 then round({0} / power(10.0, -{1})) * power(10.0, -{1})"
                                + " else round({0}, {1}) end)", Object.class, source, args.get(1))
                        : DSL.field("round({0}, {1})", Object.class, source, args.get(1));
            }
            default -> throw new IllegalStateException(f.function() + " is not a math function");
        };
        return switch (f.type()) {
            case INTEGER, BIG_INTEGER, FLOAT -> FunctionSql.cast(new Expr.Cast(f, f.type(), 0, 0), sql, ctx);
            default -> sql;
        };
    }

    private static Field<?> numeric(Field<?> f) {
        return DSL.cast(f, SQLDataType.NUMERIC);
    }
}
