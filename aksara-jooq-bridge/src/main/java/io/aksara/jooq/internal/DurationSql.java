package io.aksara.jooq.internal;

import io.aksara.expr.Arithmetic;
import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.meta.FieldType;
import io.aksara.query.Expr;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Arithmetic with durations. PostgreSQL adds intervals to timestamps and to each other natively.
 * Elsewhere a duration is a count of microseconds: two of them add as integers, and one is added
 * to a date-time with {@code DATEADD(MICROSECOND, n, t)} on H2 and {@code t + INTERVAL n
 * MICROSECOND} on MySQL and MariaDB. A date moved by a duration is first made a timestamp (its
 * midnight), as Django does. The difference of two timestamps, dates or times is a duration:
 * an interval on PostgreSQL, the microseconds between them elsewhere. SQLite keeps date-times as
 * text and has no such arithmetic.
 */
final class DurationSql {
    private DurationSql() {}

    @SuppressWarnings("unchecked")
    static Field<Object> math(Expr.Math m, Field<Object> left, Field<Object> right, LoweringContext ctx) {
        SQLDialect dialect = ctx.dialect();
        DataType<Object> type = (DataType<Object>) ColumnTypes.ofType(m.type(), dialect);
        if (m.left().type() != FieldType.DURATION && m.right().type() != FieldType.DURATION) {
            return difference(m.left().type(), left, right, type, ctx.vendor());
        }
        boolean add = m.operator() == Arithmetic.Operator.ADD;
        String op = add ? "+" : "-";
        if (m.type() == FieldType.DURATION) {
            return DSL.field("({0} " + op + " {1})", type, left, right);
        }
        // the date-time first: a duration plus a date-time is the same sum
        boolean durationLeft = m.left().type() == FieldType.DURATION;
        Field<Object> time = durationLeft ? right : left;
        Field<Object> micros = durationLeft ? left : right;
        if ((durationLeft ? m.right() : m.left()).type() == FieldType.DATE) {
            time = midnight(time, dialect);
        }
        if (dialect.family() == SQLDialect.POSTGRES) {
            return DSL.field("({0} " + op + " {1})", type, time, micros);
        }
        ctx.vendor().require(Feature.DURATION_ARITHMETIC, "adding a DurationField to a date-time");
        if (dialect.family() == SQLDialect.H2) {
            return DSL.field(add ? "dateadd(MICROSECOND, {1}, {0})" : "dateadd(MICROSECOND, -({1}), {0})", type, time, micros);
        }
        return DSL.field("({0} " + op + " interval {1} microsecond)", type, time, micros);
    }

    /** A date as the timestamp of its midnight (UTC: every session here runs in UTC). */
    private static Field<Object> midnight(Field<Object> date, SQLDialect dialect) {
        return switch (dialect.family()) {
            case POSTGRES -> DSL.field("cast({0} as timestamp with time zone)", Object.class, date);
            case MYSQL, MARIADB -> DSL.field("cast({0} as datetime(6))", Object.class, date);
            default -> DSL.field("cast({0} as timestamp)", Object.class, date);
        };
    }

    /** {@code later - earlier} for two values of {@code operand}'s type, as a duration. */
    private static Field<Object> difference(FieldType operand, Field<Object> later, Field<Object> earlier, DataType<Object> type,
            Vendor vendor) {
        SQLDialect dialect = vendor.dialect();
        if (dialect.family() == SQLDialect.POSTGRES) {
            // date - date is a number of days there; timestamps and times subtract to an interval
            return operand == FieldType.DATE ? DSL.field("(({0} - {1}) * interval '1 day')", type, later, earlier)
                    : DSL.field("({0} - {1})", type, later, earlier);
        }
        vendor.require(Feature.DURATION_ARITHMETIC, "subtracting one date-time from another");
        if (dialect.family() == SQLDialect.H2) {
            return DSL.field("datediff(MICROSECOND, {1}, {0})", type, later, earlier);
        }
        if (operand == FieldType.TIME) {
            // TIMESTAMPDIFF takes dates and timestamps only; TIME_TO_SEC of a TIME(6) keeps the
            // fraction on MariaDB, so only its whole seconds are taken beside MICROSECOND
            return DSL.field("((floor(time_to_sec({0})) * 1000000 + microsecond({0}))"
                    + " - (floor(time_to_sec({1})) * 1000000 + microsecond({1})))", type, later, earlier);
        }
        return DSL.field("timestampdiff(microsecond, {1}, {0})", type, later, earlier);
    }
}
