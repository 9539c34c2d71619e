package io.aksara.jooq.internal;

import io.aksara.expr.Arithmetic;
import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.Vendors;
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
 * MICROSECOND} on MySQL and MariaDB. SQLite keeps date-times as text and has no such arithmetic.
 */
final class DurationSql {
    private DurationSql() {}

    @SuppressWarnings("unchecked")
    static Field<Object> math(Expr.Math m, Field<Object> left, Field<Object> right, LoweringContext ctx) {
        SQLDialect dialect = ctx.dialect();
        DataType<Object> type = (DataType<Object>) ColumnTypes.ofType(m.type(), dialect);
        boolean add = m.operator() == Arithmetic.Operator.ADD;
        String op = add ? "+" : "-";
        if (m.type() == FieldType.DURATION || dialect.family() == SQLDialect.POSTGRES) {
            return DSL.field("({0} " + op + " {1})", type, left, right);
        }
        Vendors.of(dialect).require(Feature.DURATION_ARITHMETIC, "adding a DurationField to a date-time");
        // the date-time first: a duration plus a date-time is the same sum
        Field<Object> time = m.left().type() == FieldType.DURATION ? right : left;
        Field<Object> micros = m.left().type() == FieldType.DURATION ? left : right;
        if (dialect.family() == SQLDialect.H2) {
            return DSL.field(add ? "dateadd(MICROSECOND, {1}, {0})" : "dateadd(MICROSECOND, -({1}), {0})", type, time, micros);
        }
        return DSL.field("({0} " + op + " interval {1} microsecond)", type, time, micros);
    }
}
