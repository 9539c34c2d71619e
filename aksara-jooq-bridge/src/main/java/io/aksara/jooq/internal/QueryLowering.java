package io.aksara.jooq.internal;

import io.aksara.jooq.ModelTable;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.query.Annotation;
import io.aksara.query.Expr;
import io.aksara.query.Filter;
import io.aksara.query.OrderTerm;
import io.aksara.query.SelectQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.GroupField;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectLimitStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Lowers a {@link SelectQuery} to jOOQ SELECTs: the rows, their count, and an existence probe.
 * Ordering and {@code values()} across foreign keys join the related tables (LEFT JOIN, so rows
 * without a related row are kept, as in Django); filters across relations are EXISTS subqueries
 * and never join.
 *
 * <p>With annotations the statement reads columns through its {@link Joins}: an aggregate over a
 * to-many relation LEFT JOINs it and the rows are grouped by the model's row (every selected
 * column of the root table, which every database accepts) or by the {@code values(...)} columns,
 * plus every selected annotation that does not aggregate. Conditions on aggregates are HAVING.
 * Conditions of the {@code filter()} calls made before the first aggregate annotation that follow
 * a joined to-many relation hold for the joined row (so they restrict what is aggregated); later
 * calls stay EXISTS subqueries, separate conditions on the row, as Django defines it.
 */
public final class QueryLowering {
    private QueryLowering() {}

    /** {@code SELECT <all columns>[, <annotations>] FROM t WHERE .. ORDER BY .. LIMIT/OFFSET}. */
    public static Select<Record> rows(Vendor vendor, SelectQuery<?> q) {
        if (q.isCombined()) {
            return CombinedLowering.rows(vendor, q);
        }
        ModelTable table = ModelTable.of(q.model(), vendor.dialect());
        // the lock goes on the outermost SELECT only: count and exists nest projected() as a subquery
        Select<Record> select = select(vendor, q, null, ctx -> {
            List<Field<?>> cols = new ArrayList<>();
            q.readFields().forEach(f -> cols.add(ctx.root().field(f)));
            for (Annotation a : q.selectedAnnotations()) {
                Field<Object> f = ExprLowering.lower(a.expr(), ctx);
                cols.add(f);
                ctx.rememberSelected(new Expr.Ref(a.name(), a.expr()), f);
            }
            cols.addAll(RelatedRows.columns(ParentRows.withParents(q), ctx.joins()::column));
            return cols;
        });
        return RowLocking.apply(select, q.lock(), table, vendor);
    }

    /** The query with the given columns of the root table selected. */
    public static Select<Record> projected(Vendor vendor, SelectQuery<?> q, List<? extends Field<?>> columns) {
        return select(vendor, q, null, ctx -> List.copyOf(columns));
    }

    /** The query with chosen values selected ({@code values()}): columns (to-one paths joined) and annotations. */
    public static Select<Record> values(Vendor vendor, SelectQuery<?> q, List<Expr> columns) {
        return select(vendor, q, null, ctx -> {
            List<Field<?>> cols = new ArrayList<>();
            for (Expr e : columns) {
                Field<?> f = e instanceof Expr.Column c ? ctx.joins().column(c.path()) : ExprLowering.lower(e, ctx);
                cols.add(f);
                GroupKeys.remember(q, e, f, ctx);
            }
            return cols;
        });
    }

    /**
     * A subquery nested in the statement of {@code parent} ({@code Subquery}, {@code Exists}): its
     * root table gets an alias, so the enclosing query's table stays visible to its
     * {@code OuterRef}s, even when both are the same model.
     */
    public static Select<Record> nested(SelectQuery<?> q, LoweringContext parent,
            Function<LoweringContext, List<Field<?>>> columns) {
        return select(parent.vendor(), q, parent, columns);
    }

    /**
     * The SELECT of a query: {@code columns} is called with the statement's context (its joins
     * ready) and gives the select list.
     */
    static Select<Record> select(Vendor vendor, SelectQuery<?> q, LoweringContext parent,
            Function<LoweringContext, List<Field<?>>> columns) {
        ModelTable table = ModelTable.of(q.model(), vendor.dialect());
        Scope root = parent == null ? Scope.root(table) : Scope.aliased(table, parent.nextAlias("s"));
        LoweringContext ctx = parent == null ? new LoweringContext(vendor, root) : parent.nested(root);
        Joins joins = new Joins(root, ctx);
        boolean computed = !q.annotations().isEmpty() || q.groupBy() != null;
        // the select list always reads paths through the joins; the rest of a plain query keeps
        // its scalar subqueries, and only queries with annotations read everything through them
        ctx.useJoins(joins);
        List<Field<?>> selected = new ArrayList<>(columns.apply(ctx));
        ctx.endOfSelectList();
        if (!computed) {
            ctx.useJoins(null);
        }
        Map<String, String> aliased = new HashMap<>();
        List<GroupField> groupBy = q.isGrouped() ? GroupKeys.keys(q, ctx, selected, aliased) : List.of();
        Condition having = q.having() instanceof Filter.Everything ? DSL.noCondition()
                : ConditionLowering.lower(q.having(), root, ctx);
        List<SortField<?>> sort = new ArrayList<>();
        for (OrderTerm t : q.ordering()) {
            if (t.expression() == null && !computed) {
                Field<Object> f = joins.column(t.path());
                sort.add(AggregateLowering.nulls(t.descending() ? f.desc() : f.asc(), t));
                if (q.distinct() && !selected.contains(f)) {
                    // as Django: DISTINCT over the ordering columns too (every database requires them selected);
                    // they come after the asked-for columns, which are read by position, under a name of their own
                    // (a derived table around this one must not see two columns called "name")
                    selected.add(f.as("ordering_" + selected.size()));
                }
            } else if (q.isGrouped() && t.expression() != null) {
                @SuppressWarnings("unchecked")
                Field<Object> f = (Field<Object>) GroupKeys.byAlias(ExprLowering.lower(t.expression(), ctx), selected, aliased, vendor.dialect());
                sort.add(AggregateLowering.nulls(t.descending() ? f.desc() : f.asc(), t));
            } else if (ctx.selectedField(t.expression()) != null) { // a selected annotation: name its column
                @SuppressWarnings("unchecked")
                Field<Object> f = (Field<Object>) GroupKeys.byAlias(ctx.selectedField(t.expression()), selected, aliased, vendor.dialect());
                sort.add(AggregateLowering.nulls(t.descending() ? f.desc() : f.asc(), t));
            } else {
                sort.add(AggregateLowering.sort(t, ctx));
            }
        }
        Condition where = q.none() ? DSL.falseCondition() : where(q, root, ctx);
        DSLContext b = Builders.of(vendor.dialect());
        var from = (q.distinct() ? b.selectDistinct(selected) : b.select(selected)).from(joins.from()).where(where);
        SelectLimitStep<Record> ordered = q.isGrouped() || !(q.having() instanceof Filter.Everything)
                ? from.groupBy(groupBy).having(having).orderBy(sort)
                : from.orderBy(sort);
        return slice(ordered, q, vendor);
    }

    /** WHERE: the filter calls before the first aggregate reuse its joins; the rest are EXISTS. */
    private static Condition where(SelectQuery<?> q, Scope root, LoweringContext ctx) {
        if (!q.isGrouped() || q.joinedCalls() == 0 || ctx.joins() == null) {
            return ConditionLowering.lower(q.where(), root, ctx);
        }
        List<Filter> calls = q.where() instanceof Filter.Chain c ? c.calls() : List.of(q.where());
        int before = Math.min(q.joinedCalls(), calls.size());
        List<Condition> out = new ArrayList<>();
        for (Filter call : calls.subList(0, before)) {
            out.add(ctx.reusingJoins(() -> ConditionLowering.lower(call, root, ctx)));
        }
        for (Filter call : calls.subList(before, calls.size())) {
            out.add(ConditionLowering.lower(call, root, ctx));
        }
        return DSL.and(out);
    }

    /** LIMIT and OFFSET of a query, a combination's too ({@link CombinedLowering}). */
    static Select<Record> slice(SelectLimitStep<Record> ordered, SelectQuery<?> q, Vendor vendor) {
        if (q.limit() != null) {
            var limited = ordered.limit(BindTrace.slice(q, q.limit(), true));
            return q.offset() > 0 ? limited.offset(BindTrace.slice(q, q.offset(), false)) : limited;
        }
        if (q.offset() == 0) {
            return ordered;
        }
        // MariaDB ignores "OFFSET n ROWS" without a row limit inside a derived table, so the MySQL
        // family always gets an explicit, unreachable limit
        return vendor.offsetNeedsLimit()
                ? ordered.limit(Long.MAX_VALUE).offset(BindTrace.slice(q, q.offset(), false))
                : ordered.offset(BindTrace.slice(q, q.offset(), false));
    }

    /**
     * {@code SELECT COUNT(*)}; a sliced, distinct, combined, annotated or grouped query is counted
     * through a subquery, so the count is of the rows (or groups) it returns.
     */
    public static Select<?> count(Vendor vendor, SelectQuery<?> q) {
        if (!q.annotations().isEmpty() || q.groupBy() != null) {
            return DSL.select(DSL.count()).from(keys(vendor, q).asTable("counted"));
        }
        if (q.isCombined() || q.distinct()) { // count the rows the query returns, not the table's
            return DSL.select(DSL.count()).from(rows(vendor, BindTrace.sameSlice(q, q.withLock(null))).asTable("counted"));
        }
        ModelTable table = ModelTable.of(q.model(), vendor.dialect());
        if (q.isSliced()) {
            return DSL.select(DSL.count()).from(projected(vendor, q, keyColumns(table)).asTable("sliced"));
        }
        return Builders.of(vendor.dialect()).select(DSL.count()).from(table.table()).where(where(q, vendor));
    }

    /** The primary key's columns: one, or every column of a composite key. */
    private static List<Field<?>> keyColumns(ModelTable table) {
        return table.meta().primaryKeyFields().stream().<Field<?>>map(table::field).toList();
    }

    /** {@code SELECT 1 ... LIMIT 1}: the cheapest question "is there a row?". */
    public static Select<?> exists(Vendor vendor, SelectQuery<?> q) {
        if (!q.annotations().isEmpty() || q.groupBy() != null) {
            return DSL.selectOne().from(keys(vendor, q).asTable("probe")).limit(1);
        }
        if (q.isCombined()) {
            return DSL.selectOne().from(rows(vendor, BindTrace.sameSlice(q, q.withLock(null))).asTable("probe")).limit(1);
        }
        ModelTable table = ModelTable.of(q.model(), vendor.dialect());
        if (q.isSliced()) {
            return DSL.selectOne().from(projected(vendor, q, keyColumns(table)).asTable("sliced")).limit(1);
        }
        return Builders.of(vendor.dialect()).selectOne().from(table.table()).where(where(q, vendor));
    }

    /**
     * One row per row (or group) of an annotated query, with only what identifies it: the primary
     * key, or the {@code values()} columns of a grouped query, under plain aliases.
     */
    private static Select<Record> keys(Vendor vendor, SelectQuery<?> q) {
        SelectQuery<?> unordered = BindTrace.sameSlice(q, q.isSliced() ? q.withLock(null) : q.withLock(null).withOrdering(List.of()));
        return select(vendor, unordered, null, ctx -> {
            List<Field<?>> cols = new ArrayList<>();
            if (q.groupBy() == null) {
                cols.add(ctx.root().primaryKey().as("k"));
            } else {
                for (int i = 0; i < q.groupBy().size(); i++) {
                    Expr e = q.groupBy().get(i);
                    Field<?> key = e instanceof Expr.Column c ? ctx.joins().column(c.path()) : ExprLowering.lower(e, ctx);
                    GroupKeys.remember(q, e, key, ctx);
                    // plain names, so two columns called "name" do not clash; a key with bound values
                    // is named by select() itself, which groups by that name
                    cols.add(GroupKeys.named(key, "g" + i, vendor.dialect()));
                }
            }
            return cols;
        });
    }

    /** The WHERE condition of the query, relative to the query's own table (for UPDATE and DELETE too). */
    public static Condition where(SelectQuery<?> q, Vendor vendor) {
        if (q.none()) {
            return DSL.falseCondition();
        }
        Scope root = Scope.root(ModelTable.of(q.model(), vendor.dialect()));
        return ConditionLowering.lower(q.where(), root, new LoweringContext(vendor, root));
    }
}
