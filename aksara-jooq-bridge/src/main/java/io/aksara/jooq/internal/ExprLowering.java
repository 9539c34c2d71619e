package io.aksara.jooq.internal;

import io.aksara.jooq.Dialects;
import io.aksara.jooq.ModelTable;
import io.aksara.query.Expr;
import io.aksara.query.SelectQuery;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * Lowers resolved expressions to jOOQ. Column references are relative to the statement's root
 * table, wherever in the statement they appear; constants are bound parameters.
 */
public final class ExprLowering {
    private ExprLowering() {}

    @SuppressWarnings("unchecked")
    public static Field<Object> lower(Expr e, LoweringContext ctx) {
        return switch (e) {
            case Expr.Column c -> ColumnLowering.column(c.path(), ctx.root(), ctx);
            case Expr.Constant k -> DSL.val(JdbcValues.toJdbc(k.value(), ctx.dialect()),
                    (DataType<Object>) ColumnTypes.ofType(k.type(), ctx.dialect()));
            case Expr.Math m -> {
                // both sides take the result's type (coerce changes the Java type, not the SQL)
                DataType<Number> type = (DataType<Number>) ColumnTypes.ofType(m.type(), ctx.dialect());
                Field<Number> left = lower(m.left(), ctx).coerce(type);
                Field<Number> right = lower(m.right(), ctx).coerce(type);
                Field<Number> result = switch (m.operator()) {
                    case ADD -> left.plus(right);
                    case SUBTRACT -> left.minus(right);
                    case MULTIPLY -> left.times(right);
                    case DIVIDE -> left.div(right);
                };
                yield result.coerce((DataType<Object>) (DataType<?>) type);
            }
            case Expr.Subquery s -> throw new IllegalStateException("subqueries are lowered by the 'in' lookup");
        };
    }

    /**
     * {@code SELECT key FROM ...} for an {@code in} lookup. On MySQL and MariaDB it is wrapped in a
     * derived table: they refuse LIMIT inside IN subqueries and a subquery on the table an UPDATE
     * or DELETE changes, and accept both once materialised.
     */
    public static Select<?> subquery(Expr.Subquery s, SQLDialect dialect) {
        SelectQuery<?> q = s.query();
        Select<?> inner = QueryLowering.projected(dialect, q,
                java.util.List.of(ModelTable.of(q.model(), dialect).field(s.column().field())));
        if (Dialects.isMysqlFamily(dialect)) {
            var t = inner.asTable("m");
            return DSL.select(t.field(0)).from(t);
        }
        return inner;
    }
}
