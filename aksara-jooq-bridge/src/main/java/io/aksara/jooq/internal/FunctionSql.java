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
            case LENGTH -> DSL.charLength(text(args.getFirst()));
            case TRIM -> DSL.trim(text(args.getFirst()));
            case LTRIM -> DSL.ltrim(text(args.getFirst()));
            case RTRIM -> DSL.rtrim(text(args.getFirst()));
            case REPLACE -> DSL.replace(text(args.get(0)), text(args.get(1)), text(args.get(2)));
            case SUBSTR -> args.size() == 2
                    ? DSL.substring(text(args.get(0)), (Field<? extends Number>) (Field<?>) args.get(1))
                    : DSL.substring(text(args.get(0)), (Field<? extends Number>) (Field<?>) args.get(1),
                            (Field<? extends Number>) (Field<?>) args.get(2));
            case CONCAT -> concat(f, args);
            case NOW -> Dialects.isMysqlFamily(d) ? DSL.field("utc_timestamp(6)", Object.class)
                    : DSL.field("current_timestamp", Object.class);
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

    /** A date or timestamp truncated to the start of its {@code kind}. */
    static Field<?> trunc(Expr.Trunc t, Field<?> source, LoweringContext ctx) {
        SQLDialect d = ctx.dialect();
        boolean date = t.type() == FieldType.DATE;
        @SuppressWarnings("unchecked")
        DataType<Object> type = (DataType<Object>) ColumnTypes.ofType(t.type(), d);
        if (Dialects.isMysqlFamily(d)) {
            String sql = switch (t.kind()) {
                case "year" -> "date_format({0}, '%Y-01-01 00:00:00')";
                case "quarter" -> "concat(year({0}), '-', lpad((quarter({0}) - 1) * 3 + 1, 2, '0'), '-01 00:00:00')";
                case "month" -> "date_format({0}, '%Y-%m-01 00:00:00')";
                case "week" -> "date_format(date({0}) - interval weekday({0}) day, '%Y-%m-%d 00:00:00')";
                case "day" -> "date_format({0}, '%Y-%m-%d 00:00:00')";
                case "hour" -> "date_format({0}, '%Y-%m-%d %H:00:00')";
                case "minute" -> "date_format({0}, '%Y-%m-%d %H:%i:00')";
                case "second" -> "date_format({0}, '%Y-%m-%d %H:%i:%s')";
                default -> throw new IllegalStateException("Trunc kind " + t.kind());
            };
            return DSL.field("cast(" + sql + " as " + (date ? "date" : "datetime(6)") + ")", type, source);
        }
        // each kind maps to a constant of this file: the kind chooses the SQL, it is never part of it
        if (d.family() == SQLDialect.H2) {
            String sql = switch (t.kind()) {
                case "year" -> "date_trunc(YEAR, {0})";
                case "quarter" -> "date_trunc(QUARTER, {0})";
                case "month" -> "date_trunc(MONTH, {0})";
                case "week" -> "date_trunc(ISO_WEEK, {0})";
                case "day" -> "date_trunc(DAY, {0})";
                case "hour" -> "date_trunc(HOUR, {0})";
                case "minute" -> "date_trunc(MINUTE, {0})";
                case "second" -> "date_trunc(SECOND, {0})";
                default -> throw new IllegalStateException("Trunc kind " + t.kind());
            };
            return DSL.field(sql, type, source);
        }
        String sql = switch (t.kind()) {
            case "year" -> "date_trunc('year', {0})";
            case "quarter" -> "date_trunc('quarter', {0})";
            case "month" -> "date_trunc('month', {0})";
            case "week" -> "date_trunc('week', {0})";
            case "day" -> "date_trunc('day', {0})";
            case "hour" -> "date_trunc('hour', {0})";
            case "minute" -> "date_trunc('minute', {0})";
            case "second" -> "date_trunc('second', {0})";
            default -> throw new IllegalStateException("Trunc kind " + t.kind());
        };
        Field<?> truncated = DSL.field(sql, type, source);
        return date ? DSL.cast(truncated, SQLDataType.LOCALDATE) : truncated;
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
