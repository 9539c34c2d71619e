package io.aksara.jooq.internal;

import io.aksara.jooq.Dialects;
import io.aksara.jooq.ModelTable;
import io.aksara.query.ColumnPath;
import io.aksara.query.Hop;
import io.aksara.query.OrderTerm;
import io.aksara.query.SelectQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.SelectLimitStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Lowers a {@link SelectQuery} to jOOQ SELECTs: the rows, their count, and an existence probe.
 * Ordering across foreign keys joins the related tables (LEFT JOIN, so rows without a related
 * row are kept, as in Django); filters across relations are EXISTS subqueries and never join.
 */
public final class QueryLowering {
    private QueryLowering() {}

    /** {@code SELECT <all columns> FROM t WHERE .. ORDER BY .. LIMIT/OFFSET}. */
    public static Select<Record> rows(SQLDialect dialect, SelectQuery<?> q) {
        if (q.isCombined()) {
            return CombinedLowering.rows(dialect, q);
        }
        ModelTable table = ModelTable.of(q.model(), dialect);
        // the lock goes on the outermost SELECT only: count and exists nest projected() as a subquery
        List<Field<Object>> columns = q.loaded() == null ? table.fields() : q.loaded().stream().map(table::field).toList();
        return RowLocking.apply(projected(dialect, q, columns), q.lock(), table, dialect);
    }

    /** The query with the given columns of the root table selected. */
    public static Select<Record> projected(SQLDialect dialect, SelectQuery<?> q, List<? extends Field<?>> columns) {
        return build(dialect, q, joins -> columns);
    }

    /** The query with chosen column paths selected (values()); to-one paths are LEFT JOINed. */
    public static Select<Record> values(SQLDialect dialect, SelectQuery<?> q, List<ColumnPath> paths) {
        return build(dialect, q, joins -> paths.stream().map(joins::column).toList());
    }

    private static Select<Record> build(SQLDialect dialect, SelectQuery<?> q,
            java.util.function.Function<Joins, List<? extends Field<?>>> columns) {
        ModelTable table = ModelTable.of(q.model(), dialect);
        Scope root = Scope.root(table);
        LoweringContext ctx = new LoweringContext(dialect, root);
        Joins joins = new Joins(root, ctx);
        List<? extends Field<?>> selected = columns.apply(joins);
        List<SortField<Object>> sort = new ArrayList<>();
        for (OrderTerm t : q.ordering()) {
            Field<Object> f = joins.column(t);
            sort.add(t.descending() ? f.desc() : f.asc());
        }
        SelectLimitStep<Record> ordered = (q.distinct() ? DSL.selectDistinct(selected) : DSL.select(selected))
                .from(joins.from())
                .where(q.none() ? DSL.falseCondition() : ConditionLowering.lower(q.where(), root, ctx))
                .orderBy(sort);
        return slice(ordered, q, dialect);
    }

    private static Select<Record> slice(SelectLimitStep<Record> ordered, SelectQuery<?> q, SQLDialect dialect) {
        if (q.limit() != null) {
            var limited = ordered.limit(q.limit());
            return q.offset() > 0 ? limited.offset(q.offset()) : limited;
        }
        if (q.offset() == 0) {
            return ordered;
        }
        // MariaDB ignores "OFFSET n ROWS" without a row limit inside a derived table, so the MySQL
        // family always gets an explicit, unreachable limit
        return Dialects.isMysqlFamily(dialect) ? ordered.limit(Long.MAX_VALUE).offset(q.offset()) : ordered.offset(q.offset());
    }

    /** {@code SELECT COUNT(*)}; a sliced query is counted through a subquery so the slice applies. */
    public static Select<?> count(SQLDialect dialect, SelectQuery<?> q) {
        if (q.isCombined() || q.distinct()) { // count the rows the query returns, not the table's
            return DSL.select(DSL.count()).from(rows(dialect, q.withLock(null)).asTable("counted"));
        }
        ModelTable table = ModelTable.of(q.model(), dialect);
        if (q.isSliced()) {
            Field<Object> pk = table.field(q.model().primaryKey());
            return DSL.select(DSL.count()).from(projected(dialect, q, List.of(pk)).asTable("sliced"));
        }
        return DSL.select(DSL.count()).from(table.table()).where(where(q, dialect));
    }

    /** {@code SELECT 1 ... LIMIT 1}: the cheapest question "is there a row?". */
    public static Select<?> exists(SQLDialect dialect, SelectQuery<?> q) {
        if (q.isCombined()) {
            return DSL.selectOne().from(rows(dialect, q.withLock(null)).asTable("probe")).limit(1);
        }
        ModelTable table = ModelTable.of(q.model(), dialect);
        if (q.isSliced()) {
            Field<Object> pk = table.field(q.model().primaryKey());
            return DSL.selectOne().from(projected(dialect, q, List.of(pk)).asTable("sliced")).limit(1);
        }
        return DSL.selectOne().from(table.table()).where(where(q, dialect)).limit(1);
    }

    /** The WHERE condition of the query, relative to the query's own table (for UPDATE and DELETE too). */
    public static Condition where(SelectQuery<?> q, SQLDialect dialect) {
        if (q.none()) {
            return DSL.falseCondition();
        }
        Scope root = Scope.root(ModelTable.of(q.model(), dialect));
        return ConditionLowering.lower(q.where(), root, new LoweringContext(dialect, root));
    }

    /** LEFT JOINs for to-one paths, one per distinct chain of steps, shared by every term that needs it. */
    private static final class Joins {
        private final Scope root;
        private final LoweringContext ctx;
        private final Map<List<Hop>, Scope> joined = new LinkedHashMap<>();
        private Table<?> from;

        Joins(Scope root, LoweringContext ctx) {
            this.root = root;
            this.ctx = ctx;
            this.from = root.table();
        }

        Field<Object> column(OrderTerm term) {
            return column(term.path());
        }

        Field<Object> column(ColumnPath path) {
            Scope scope = root;
            List<Hop> hops = path.hops();
            for (int i = 0; i < hops.size(); i++) {
                List<Hop> prefix = List.copyOf(hops.subList(0, i + 1));
                Scope previous = scope;
                Hop hop = hops.get(i);
                scope = joined.computeIfAbsent(prefix, p -> {
                    Scope next = Scope.aliased(ModelTable.of(hop.to(), ctx.dialect()), ctx.nextAlias("j"));
                    from = from.leftJoin(next.table()).on(next.primaryKey().eq(previous.field(hop.foreignKey())));
                    return next;
                });
            }
            return ColumnLowering.transformed(scope.field(path.field()), path, ctx);
        }

        Table<?> from() {
            return from;
        }
    }
}
