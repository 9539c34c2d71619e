package io.aksara.jooq.internal;

import io.aksara.expr.OrderBy;
import io.aksara.jooq.Dialects;
import io.aksara.jooq.ModelTable;
import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.meta.FieldType;
import io.aksara.query.Expr;
import io.aksara.query.OrderTerm;
import io.aksara.query.SelectQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.AggregateFunction;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.WindowOverStep;
import org.jooq.WindowSpecification;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Lowers aggregates, windows and the {@code aggregate()} statement.
 *
 * <ul>
 *   <li>An aggregate's filter is SQL's {@code FILTER (WHERE ..)} (jOOQ writes a {@code CASE} where
 *       the database lacks it); conditions on the aggregated relation reuse its join, so they hold
 *       for the aggregated row. A default wraps the aggregate in {@code COALESCE}.</li>
 *   <li>Averages of integers and floats, standard deviations and variances are computed in double
 *       precision ({@code AVG(CAST(x AS DOUBLE))}), so every database returns the same double
 *       (MySQL would otherwise return a decimal with 4 places).</li>
 *   <li>{@code aggregate()} over a plain query is one SELECT of the aggregates, joining the
 *       relations they follow, filters before it restricting the rows aggregated. Over an
 *       annotated, distinct or sliced query it aggregates that query's rows:
 *       {@code SELECT AVG(a0) FROM (SELECT .., <argument> AS a0 FROM .. GROUP BY ..) aggregated}.</li>
 * </ul>
 */
public final class AggregateLowering {
    private AggregateLowering() {}

    /** An aggregate in a SELECT, HAVING or ORDER BY. */
    static Field<Object> aggregate(Expr.Aggregate a, LoweringContext ctx) {
        return withDefault(a, (Field<?>) call(a, argument(a, ctx), ctx), ctx);
    }

    /** The aggregated value; conditions inside it (a Case) hold for the joined row being aggregated. */
    private static Field<?> argument(Expr.Aggregate a, LoweringContext ctx) {
        return a.argument() == null ? null : ctx.perRow(() -> ctx.reusingJoins(() -> ExprLowering.lower(a.argument(), ctx)));
    }

    /** The aggregate function over {@code arg} (null: {@code *}), its filter applied; a window may follow. */
    @SuppressWarnings("unchecked")
    static WindowOverStep<?> call(Expr.Aggregate a, Field<?> arg, LoweringContext ctx) {
        Field<Number> x = arg == null ? null : (Field<Number>) arg;
        // decimals and durations average as themselves (an interval cannot be a double)
        boolean decimal = a.argument() != null
                && (a.argument().type() == FieldType.DECIMAL || a.argument().type() == FieldType.DURATION);
        boolean inDouble = switch (a.function()) {
            case AVG -> !decimal;
            case STDDEV_POP, STDDEV_SAMP, VAR_POP, VAR_SAMP -> true;
            default -> false;
        };
        if (inDouble && x != null) {
            x = (Field<Number>) (Field<?>) asDouble(x, ctx);
        }
        if (inDouble && a.function() != Expr.Aggregate.Function.AVG) {
            ctx.vendor().require(Feature.STATISTICAL_AGGREGATES, a.function().name().toLowerCase(Locale.ROOT));
        }
        AggregateFunction<?> f = switch (a.function()) {
            case COUNT -> x == null ? DSL.count() : a.distinct() ? DSL.countDistinct(x) : DSL.count(x);
            case SUM -> a.distinct() ? DSL.sumDistinct(x) : DSL.sum(x);
            case AVG -> a.distinct() ? DSL.avgDistinct(x) : DSL.avg(x);
            case MIN -> DSL.min(x);
            case MAX -> DSL.max(x);
            case STDDEV_POP -> DSL.stddevPop(x);
            case STDDEV_SAMP -> DSL.stddevSamp(x);
            case VAR_POP -> DSL.varPop(x);
            case VAR_SAMP -> DSL.varSamp(x);
        };
        if (a.filter() != null) {
            // the filter holds for the aggregated row, under a NOT too: ~Q(store__name=..) skips those stores
            Condition c = ctx.reusingJoinsEvenNegated(() -> ConditionLowering.lower(a.filter(), ctx.root(), ctx));
            return f.filterWhere(c);
        }
        return f;
    }

    static Field<?> asDouble(Field<?> x, LoweringContext ctx) {
        return Dialects.isMysqlFamily(ctx.dialect()) ? DSL.field("({0} + 0e0)", SQLDataType.DOUBLE, x)
                : DSL.cast(x, SQLDataType.DOUBLE);
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> withDefault(Expr.Aggregate a, Field<?> f, LoweringContext ctx) {
        Field<Object> typed = f.coerce((DataType<Object>) ColumnTypes.ofType(a.type(), ctx.dialect()));
        if (a.defaultValue() == null) {
            return typed;
        }
        return DSL.coalesce(typed, ExprLowering.lower(a.defaultValue(), ctx));
    }

    /** {@code f OVER (PARTITION BY .. ORDER BY ..)}. */
    @SuppressWarnings("unchecked")
    static Field<Object> window(Expr.Window w, LoweringContext ctx) {
        List<Field<?>> partitions = new ArrayList<>();
        for (Expr p : w.partitionBy()) {
            partitions.add(ExprLowering.lower(p, ctx));
        }
        List<SortField<?>> sorts = new ArrayList<>();
        for (OrderTerm t : w.orderBy()) {
            sorts.add(sort(t, ctx));
        }
        WindowSpecification spec = partitions.isEmpty()
                ? (sorts.isEmpty() ? null : DSL.orderBy(sorts))
                : DSL.partitionBy(partitions).orderBy(sorts);
        if (w.frame() != null) {
            spec = WindowFrames.apply(partitions, sorts, w.frame());
        }
        WindowOverStep<?> function = switch (w.function()) {
            case Expr.Aggregate a -> call(a, argument(a, ctx), ctx);
            case Expr.Func f -> windowFunction(f, ctx);
            default -> throw new IllegalStateException("not a window function: " + w.function());
        };
        if (w.function() instanceof Expr.Func f && f.arguments().size() > 2 && Dialects.isMysqlFamily(ctx.dialect())) {
            return shiftWithDefault(f, w, partitions, sorts, ctx);
        }
        Field<?> over = spec == null ? function.over() : function.over(spec);
        if (w.function() instanceof Expr.Aggregate a) {
            return withDefault(a, over, ctx);
        }
        return over.coerce((DataType<Object>) ColumnTypes.ofType(w.type(), ctx.dialect()));
    }

    /**
     * MariaDB's LAG and LEAD take no default: the default is used exactly when there is no row
     * that far back (or ahead), which the row's position in its partition tells.
     */
    @SuppressWarnings("unchecked")
    private static Field<Object> shiftWithDefault(Expr.Func f, Expr.Window w, List<Field<?>> partitions,
            List<SortField<?>> sorts, LoweringContext ctx) {
        Field<Object> value = ExprLowering.lower(f.arguments().get(0), ctx);
        int offset = ((Number) ((Expr.Constant) f.arguments().get(1)).value()).intValue();
        Field<Object> fallback = ExprLowering.lower(f.arguments().get(2), ctx);
        WindowSpecification spec = partitions.isEmpty() ? DSL.orderBy(sorts) : DSL.partitionBy(partitions).orderBy(sorts);
        Field<Integer> position = DSL.rowNumber().over(spec);
        Field<Object> shifted;
        Condition exists;
        if (f.function() == Expr.Func.Function.LAG) {
            shifted = DSL.lag(value, offset).over(spec);
            exists = position.gt(DSL.inline(offset));
        } else {
            shifted = DSL.lead(value, offset).over(spec);
            Field<Integer> size = partitions.isEmpty() ? DSL.count().over() : DSL.count().over(DSL.partitionBy(partitions));
            exists = size.minus(position).ge(DSL.inline(offset));
        }
        return DSL.when(exists, shifted).otherwise(fallback)
                .coerce((DataType<Object>) ColumnTypes.ofType(w.type(), ctx.dialect()));
    }

    @SuppressWarnings("unchecked")
    private static WindowOverStep<?> windowFunction(Expr.Func f, LoweringContext ctx) {
        List<Field<Object>> args = new ArrayList<>();
        for (Expr e : f.arguments()) {
            args.add(ExprLowering.lower(e, ctx));
        }
        int offset = f.arguments().size() > 1 ? ((Number) ((Expr.Constant) f.arguments().get(1)).value()).intValue() : 1;
        return switch (f.function()) {
            case ROW_NUMBER -> DSL.rowNumber();
            case RANK -> DSL.rank();
            case DENSE_RANK -> DSL.denseRank();
            case FIRST_VALUE -> DSL.firstValue(args.getFirst());
            case LAST_VALUE -> DSL.lastValue(args.getFirst());
            case NTH_VALUE -> DSL.nthValue(args.getFirst(), offset);
            case PERCENT_RANK -> DSL.percentRank();
            case CUME_DIST -> DSL.cumeDist();
            case NTILE -> DSL.ntile(((Number) ((Expr.Constant) f.arguments().getFirst()).value()).intValue());
            // typed as text only to pick jOOQ's (Field, int, Field) overload; the SQL is the same
            case LAG -> args.size() > 2 ? DSL.lag(asText(args.get(0)), offset, asText(args.get(2))) : DSL.lag(args.get(0), offset);
            case LEAD -> args.size() > 2 ? DSL.lead(asText(args.get(0)), offset, asText(args.get(2))) : DSL.lead(args.get(0), offset);
            default -> throw new IllegalStateException(f.function() + " is not a window function");
        };
    }

    @SuppressWarnings("unchecked")
    static Field<String> asText(Field<?> f) {
        return (Field<String>) f;
    }

    /** An ORDER BY term of a statement or a window. */
    static SortField<Object> sort(OrderTerm t, LoweringContext ctx) {
        Field<Object> f;
        if (t.expression() != null) {
            f = ExprLowering.lower(t.expression(), ctx);
        } else {
            f = ctx.joins() != null ? ctx.joins().column(t.path()) : ColumnLowering.column(t.path(), ctx.root(), ctx);
        }
        return nulls(t.descending() ? f.desc() : f.asc(), t);
    }

    /** The term's NULLS FIRST/LAST (jOOQ emulates it with a CASE where the database lacks it). */
    static <T> SortField<T> nulls(SortField<T> sort, OrderTerm t) {
        if (t.nulls() == null) {
            return sort;
        }
        return t.nulls() == OrderBy.Nulls.FIRST ? sort.nullsFirst() : sort.nullsLast();
    }

    // ------------------------------------------------------------------ aggregate()

    /** The SELECT of {@code aggregate(...)}: one row, one column per aggregate expression. */
    public static Select<?> statement(Vendor vendor, SelectQuery<?> q, List<Expr> aggregates) {
        boolean overRows = !q.annotations().isEmpty() || q.groupBy() != null || q.distinct() || q.isSliced();
        if (!overRows) {
            Scope root = Scope.root(ModelTable.of(q.model(), vendor.dialect()));
            LoweringContext ctx = new LoweringContext(vendor, root);
            Joins joins = new Joins(root, ctx);
            ctx.useJoins(joins);
            List<Field<?>> fields = new ArrayList<>();
            for (Expr e : aggregates) {
                fields.add(ExprLowering.lower(e, ctx));
            }
            // as in Django, the filters' joins are reused: a filter on a relation restricts the rows aggregated
            Condition where = q.none() ? DSL.falseCondition()
                    : ctx.reusingJoins(() -> ConditionLowering.lower(q.where(), root, ctx));
            return DSL.select(fields).from(joins.from()).where(where);
        }
        // aggregate the query's rows: each aggregate's argument (its filter folded in) is a column of
        // the query, aggregated outside
        List<Expr.Aggregate> found = new ArrayList<>();
        for (Expr e : aggregates) {
            collect(e, found);
        }
        Scope outerRoot = Scope.root(ModelTable.of(q.model(), vendor.dialect()));
        LoweringContext outer = new LoweringContext(vendor, outerRoot);
        String alias = "aggregated";
        SelectQuery<?> rowsQuery = q.isSliced() ? q.withLock(null) : q.withLock(null).withOrdering(List.of());
        Select<Record> inner = QueryLowering.select(vendor, rowsQuery, null, ctx -> {
            List<Field<?>> cols = new ArrayList<>();
            if (q.groupBy() == null) {
                cols.add(ctx.root().primaryKey().as("k"));
            } else { // values(...).annotate(...): one row per group
                for (int i = 0; i < q.groupBy().size(); i++) {
                    Field<?> key = ExprLowering.lower(q.groupBy().get(i), ctx);
                    GroupKeys.remember(q, q.groupBy().get(i), key, ctx);
                    // a key with bound values is named by the SELECT itself, which groups by that name
                    cols.add(GroupKeys.named(key, "g" + i, vendor.dialect()));
                }
            }
            for (int i = 0; i < found.size(); i++) {
                Expr.Aggregate a = found.get(i);
                Field<?> arg = a.argument() == null ? DSL.inline(1) : argument(a, ctx);
                if (a.filter() != null) {
                    Condition c = ctx.reusingJoinsEvenNegated(() -> ConditionLowering.lower(a.filter(), ctx.root(), ctx));
                    arg = DSL.when(c, arg);
                }
                if (a.argument() != null || a.filter() != null) {
                    cols.add(arg.as("a" + i));
                }
            }
            return cols;
        });
        Table<Record> rows = inner.asTable(alias);
        for (int i = 0; i < found.size(); i++) {
            Expr.Aggregate a = found.get(i);
            DataType<?> argType = a.argument() == null ? SQLDataType.INTEGER : ColumnTypes.ofType(a.argument().type(), vendor.dialect());
            Field<?> column = a.argument() == null && a.filter() == null ? null : DSL.field(DSL.name(alias, "a" + i), argType);
            Expr.Aggregate unfiltered = new Expr.Aggregate(a.function(), a.argument(), a.distinct(), null,
                    a.defaultValue(), a.type());
            outer.replace(a, withDefault(unfiltered, (Field<?>) call(unfiltered, column, outer), outer));
        }
        List<Field<?>> fields = new ArrayList<>();
        for (Expr e : aggregates) {
            fields.add(ExprLowering.lower(e, outer));
        }
        return DSL.select(fields).from(rows);
    }

    /** The outermost aggregates of an expression (not those inside another's argument or an annotation). */
    private static void collect(Expr e, List<Expr.Aggregate> out) {
        if (e instanceof Expr.Aggregate a) {
            out.add(a);
            return;
        }
        if (e instanceof Expr.Ref) {
            return;
        }
        for (Expr child : Expr.children(e)) {
            collect(child, out);
        }
    }
}
