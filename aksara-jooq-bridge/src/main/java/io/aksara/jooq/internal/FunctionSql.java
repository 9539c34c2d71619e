package io.aksara.jooq.internal;

import io.aksara.jooq.Dialects;
import io.aksara.meta.FieldType;
import io.aksara.query.Expr;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The SQL of the database functions ({@code Coalesce}, {@code Lower}, {@code Concat}, {@code Now},
 * {@code Trunc}, {@code Cast}, ...), per dialect, where the databases disagree:
 *
 * <ul>
 *   <li>{@code Concat}: each part as text, NULL as empty text, everywhere (MySQL's {@code CONCAT}
 *       is NULL when a part is);</li>
 *   <li>{@code Length}: characters ({@code CHAR_LENGTH}), not MySQL's bytes;</li>
 *   <li>{@code Now}: UTC ({@code UTC_TIMESTAMP(6)} on MySQL and MariaDB, whose DATETIME columns hold UTC);</li>
 *   <li>the math functions: see {@link MathSql};</li>
 *   <li>{@code Trunc}: {@code DATE_TRUNC} on PostgreSQL and H2, {@code DATE_FORMAT} arithmetic on
 *       MySQL and MariaDB; weeks start on Monday everywhere.</li>
 * </ul>
 */
final class FunctionSql {
    private FunctionSql() {}

    @SuppressWarnings("unchecked")
    static Field<?> function(Expr.Func f, List<Field<Object>> args, LoweringContext ctx) {
        SQLDialect d = ctx.dialect();
        return switch (f.function()) {
            case COALESCE -> DSL.coalesce(AggregateLowering.asText(args.getFirst()), rest(args));
            case GREATEST -> DSL.greatest(AggregateLowering.asText(args.getFirst()), rest(args));
            case LEAST -> DSL.least(AggregateLowering.asText(args.getFirst()), rest(args));
            case NULLIF -> DSL.nullif(AggregateLowering.asText(args.get(0)), AggregateLowering.asText(args.get(1)));
            case LOWER -> DSL.lower(text(args.getFirst()));
            case UPPER -> DSL.upper(text(args.getFirst()));
            case LENGTH -> ctx.vendor().charLength(text(args.getFirst()));
            case TRIM -> DSL.trim(text(args.getFirst()));
            case LTRIM -> DSL.ltrim(text(args.getFirst()));
            case RTRIM -> DSL.rtrim(text(args.getFirst()));
            case REPLACE -> DSL.replace(text(args.get(0)), text(args.get(1)), text(args.get(2)));
            case SUBSTR -> args.size() == 2
                    ? DSL.substring(text(args.get(0)), (Field<? extends Number>) (Field<?>) args.get(1))
                    : DSL.substring(text(args.get(0)), (Field<? extends Number>) (Field<?>) args.get(1),
                            (Field<? extends Number>) (Field<?>) args.get(2));
            case CONCAT -> concat(f, args);
            case NOW -> ctx.vendor().now();
            case ABS, CEIL, FLOOR, ROUND, SIGN, SQRT, MOD, POWER -> MathSql.function(f, args, ctx);
            default -> throw new IllegalStateException(f.function() + " is a window function; it is lowered with its window");
        };
    }

    private static Field<?>[] rest(List<Field<Object>> args) {
        return args.subList(1, args.size()).toArray(Field<?>[]::new);
    }

    private static Field<String> text(Field<?> f) {
        return f.coerce(SQLDataType.VARCHAR);
    }

    private static Field<?> concat(Expr.Func f, List<Field<Object>> args) {
        List<Field<?>> parts = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Field<?> part = args.get(i);
            FieldType t = f.arguments().get(i).type();
            if (t == null || t.family() != FieldType.Family.TEXT) {
                part = DSL.cast(part, SQLDataType.VARCHAR(255));
            }
            parts.add(DSL.coalesce(text(part), DSL.inline("")));
        }
        return DSL.concat(parts.toArray(Field<?>[]::new));
    }

    /** A date, time or timestamp truncated to the start of its {@code kind}. */
    static Field<?> trunc(Expr.Trunc t, Field<?> source, LoweringContext ctx) {
        SQLDialect d = ctx.dialect();
        boolean date = t.type() == FieldType.DATE;
        @SuppressWarnings("unchecked")
        DataType<Object> type = (DataType<Object>) ColumnTypes.ofType(t.type(), d);
        return t.type() == FieldType.TIME ? ctx.vendor().truncateTime(t.kind(), source, type)
                : ctx.vendor().truncate(t.kind(), source, type, date);
    }

    /** {@code CAST(source AS type)}, a decimal with its precision. */
    static Field<?> cast(Expr.Cast c, Field<?> source, LoweringContext ctx) {
        SQLDialect d = ctx.dialect();
        boolean mysql = Dialects.isMysqlFamily(d);
        return switch (c.type()) {
            case DECIMAL -> DSL.cast(source, SQLDataType.DECIMAL(c.maxDigits(), c.decimalPlaces()));
            case INTEGER -> mysql ? DSL.field("cast({0} as signed)", SQLDataType.INTEGER, source)
                    : DSL.cast(source, SQLDataType.INTEGER);
            case BIG_INTEGER -> mysql ? DSL.field("cast({0} as signed)", SQLDataType.BIGINT, source)
                    : DSL.cast(source, SQLDataType.BIGINT);
            case FLOAT -> mysql ? DSL.field("({0} + 0e0)", SQLDataType.DOUBLE, source) : DSL.cast(source, SQLDataType.DOUBLE);
            case BOOLEAN -> mysql ? DSL.field("({0} <> 0)", SQLDataType.BOOLEAN, source) : DSL.cast(source, SQLDataType.BOOLEAN);
            case STRING, TEXT, EMAIL -> mysql ? DSL.field("cast({0} as char)", SQLDataType.VARCHAR, source)
                    : DSL.cast(source, SQLDataType.VARCHAR);
            default -> DSL.cast(source, ColumnTypes.ofType(c.type(), d));
        };
    }
}
