package io.aksara.jooq.internal;

import io.aksara.errors.AksaraException;
import io.aksara.jooq.Dialects;
import io.aksara.jooq.ModelTable;
import io.aksara.jooq.sql.TransformSql;
import io.aksara.meta.FieldType;
import io.aksara.query.Expr;
import io.aksara.query.SelectQuery;
import java.util.ArrayList;
import java.util.List;
import org.jooq.CaseConditionStep;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import io.aksara.jooq.vendor.Vendor;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * Lowers resolved expressions to jOOQ. Column references are relative to the statement's root
 * table, wherever in the statement they appear (through its {@link Joins} when it has
 * annotations, else as scalar subqueries); constants are bound parameters. Every result is typed
 * with the expression's {@link Expr#type()}, so bound values compared with it get that type.
 */
public final class ExprLowering {
    private ExprLowering() {}

    @SuppressWarnings("unchecked")
    public static Field<Object> lower(Expr e, LoweringContext ctx) {
        Field<Object> replaced = ctx.replacement(e);
        if (replaced != null) {
            return replaced;
        }
        return switch (e) {
            case Expr.Column c -> ctx.joins() != null ? ctx.joins().column(c.path())
                    : ColumnLowering.column(c.path(), ctx.root(), ctx);
            case Expr.Constant k -> constant(k, ctx);
            case Expr.Math m -> math(m, ctx);
            case Expr.Subquery s -> throw new IllegalStateException("subqueries are lowered by the 'in' lookup");
            case Expr.Aggregate a -> AggregateLowering.aggregate(a, ctx);
            case Expr.Window w -> AggregateLowering.window(w, ctx);
            case Expr.Func f -> {
                List<Field<Object>> args = new ArrayList<>();
                for (Expr arg : f.arguments()) {
                    args.add(lower(arg, ctx));
                }
                yield typed(FunctionSql.function(f, args, ctx), f.type(), ctx);
            }
            case Expr.Transformed t -> typed(TransformSql.apply(t.transform(), lower(t.source(), ctx), ctx.vendor()),
                    t.type(), ctx);
            case Expr.Trunc t -> typed(FunctionSql.trunc(t, lower(t.source(), ctx), ctx), t.type(), ctx);
            case Expr.Cast c -> typed(FunctionSql.cast(c, lower(c.source(), ctx), ctx), c.type(), ctx);
            case Expr.Case c -> conditional(c, ctx);
            case Expr.Ref r -> lower(r.target(), ctx);
            case Expr.OuterRef o -> throw new AksaraException("OuterRef('" + o.path() + "') is only valid inside a"
                    + " Subquery or Exists used in another query");
            case Expr.Outer o -> {
                if (ctx.parent() == null) {
                    throw new IllegalStateException("an outer reference outside a subquery");
                }
                yield lower(o.expression(), ctx.parent());
            }
            case Expr.Scalar s -> typed(DSL.field((Select<org.jooq.Record1<Object>>) (Select<?>) scalar(s, ctx)), s.type(), ctx);
            // in parentheses: H2 does not parse "exists (...) = ?" when it is compared with a value
            case Expr.Exists x -> typed(DSL.field("({0})", Boolean.class, DSL.exists(exists(x, ctx))), FieldType.BOOLEAN, ctx);
            case Expr.Condition c -> typed(DSL.field("({0})", Boolean.class,
                    ConditionLowering.lower(c.filter(), ctx.root(), ctx)), FieldType.BOOLEAN, ctx);
        };
    }

    /**
     * A bound constant. MySQL and MariaDB receive temporal values as text (see
     * {@link JdbcValues#forStatement}), so there they are cast back, or a {@code COALESCE} of a
     * timestamp column and a constant would be text.
     */
    @SuppressWarnings("unchecked")
    private static Field<Object> constant(Expr.Constant k, LoweringContext ctx) {
        DataType<Object> type = (DataType<Object>) ColumnTypes.ofType(k.type(), ctx.dialect());
        Field<Object> value = DSL.val(JdbcValues.toJdbc(k.value(), ctx.dialect()), type);
        if (Dialects.isMysqlFamily(ctx.dialect())) {
            String sqlType = switch (k.type()) {
                case DATE_TIME -> "datetime(6)";
                case TIME -> "time(6)";
                case DATE -> "date";
                default -> null;
            };
            if (sqlType != null) {
                return DSL.field("cast({0} as " + sqlType + ")", type, value);
            }
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> typed(Field<?> f, FieldType type, LoweringContext ctx) {
        return f.coerce((DataType<Object>) ColumnTypes.ofType(type, ctx.dialect()));
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> math(Expr.Math m, LoweringContext ctx) {
        if (m.left().type() == FieldType.DURATION || m.right().type() == FieldType.DURATION || m.type() == FieldType.DURATION) {
            return DurationSql.math(m, lower(m.left(), ctx), lower(m.right(), ctx), ctx);
        }
        // both sides take the result's type (coerce changes the Java type, not the SQL)
        DataType<Number> type = (DataType<Number>) ColumnTypes.ofType(m.type(), ctx.dialect());
        Field<Number> left = lower(m.left(), ctx).coerce(type);
        Field<Number> right = lower(m.right(), ctx).coerce(type);
        boolean integral = m.type() == FieldType.INTEGER || m.type() == FieldType.BIG_INTEGER;
        Field<Number> result = switch (m.operator()) {
            case ADD -> left.plus(right);
            case SUBTRACT -> left.minus(right);
            case MULTIPLY -> left.times(right);
            // integers divide as integers everywhere; MySQL's "/" would give a decimal
            case DIVIDE -> integral && Dialects.isMysqlFamily(ctx.dialect())
                    ? DSL.field("({0} div {1})", type, left, right) : left.div(right);
        };
        return result.coerce((DataType<Object>) (DataType<?>) type);
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> conditional(Expr.Case c, LoweringContext ctx) {
        CaseConditionStep<Object> step = null;
        for (Expr.Case.When w : c.whens()) {
            Condition cond = ConditionLowering.lower(w.condition(), ctx.root(), ctx);
            Field<Object> then = lower(w.then(), ctx);
            step = step == null ? DSL.when(cond, then) : step.when(cond, then);
        }
        Field<Object> out = c.otherwise() == null ? step : step.otherwise(lower(c.otherwise(), ctx));
        return typed(out, c.type(), ctx);
    }

    /** {@code (SELECT column FROM ... LIMIT 1)}, correlated through its outer references. */
    private static Select<Record> scalar(Expr.Scalar s, LoweringContext ctx) {
        return QueryLowering.nested(s.query(), ctx, inner -> List.of(
                s.column() instanceof Expr.Column col ? inner.joins().column(col.path()) : lower(s.column(), inner)));
    }

    /** {@code SELECT 1 FROM ... WHERE ...}, for EXISTS. */
    static Select<?> exists(Expr.Exists x, LoweringContext ctx) {
        return QueryLowering.nested(x.query().withOrdering(List.of()), ctx, inner -> List.of(DSL.inline(1)));
    }

    /**
     * {@code SELECT key FROM ...} for an {@code in} lookup. On MySQL and MariaDB it is wrapped in a
     * derived table: they refuse LIMIT inside IN subqueries and a subquery on the table an UPDATE
     * or DELETE changes, and accept both once materialised.
     */
    public static Select<?> subquery(Expr.Subquery s, Vendor vendor) {
        SelectQuery<?> q = s.query();
        Select<?> inner = QueryLowering.projected(vendor, q,
                List.of(ModelTable.of(q.model(), vendor.dialect()).field(s.column().field())));
        if (Dialects.isMysqlFamily(vendor.dialect()) || (q.distinct() && !q.ordering().isEmpty())) {
            // (a DISTINCT subquery also selects its ordering columns: the derived table keeps the key alone)
            var t = inner.asTable("m");
            return DSL.select(t.field(0)).from(t);
        }
        return inner;
    }
}
