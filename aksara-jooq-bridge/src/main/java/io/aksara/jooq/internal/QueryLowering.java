package io.aksara.jooq.internal;

import io.aksara.jooq.Dialects;
import io.aksara.jooq.ModelTable;
import io.aksara.query.OrderTerm;
import io.aksara.query.SelectQuery;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectLimitStep;
import org.jooq.SortField;

/** Lowers a {@link SelectQuery} to jOOQ SELECTs: the rows, their count, and an existence probe. */
public final class QueryLowering {
    private QueryLowering() {}

    /** {@code SELECT <all columns> FROM t WHERE .. ORDER BY .. LIMIT/OFFSET}. */
    public static Select<Record> rows(DSLContext dsl, SelectQuery<?> q) {
        return rows(dsl, q, ModelTable.of(q.model(), dsl.dialect()).fields());
    }

    private static Select<Record> rows(DSLContext dsl, SelectQuery<?> q, List<? extends Field<?>> columns) {
        ModelTable table = ModelTable.of(q.model(), dsl.dialect());
        SelectLimitStep<Record> ordered = dsl.select(columns).from(table.table())
                .where(where(q, table))
                .orderBy(sort(q.ordering(), table));
        if (q.limit() != null) {
            var limited = ordered.limit(q.limit());
            return q.offset() > 0 ? limited.offset(q.offset()) : limited;
        }
        if (q.offset() == 0) {
            return ordered;
        }
        // MariaDB ignores "OFFSET n ROWS" without a row limit inside a derived table, so the MySQL
        // family always gets an explicit, unreachable limit
        return Dialects.isMysqlFamily(dsl.dialect()) ? ordered.limit(Long.MAX_VALUE).offset(q.offset()) : ordered.offset(q.offset());
    }

    /** {@code SELECT COUNT(*)}; a sliced query is counted through a subquery so the slice applies. */
    public static Select<?> count(DSLContext dsl, SelectQuery<?> q) {
        ModelTable table = ModelTable.of(q.model(), dsl.dialect());
        if (q.isSliced()) {
            Field<Object> pk = table.field(q.model().primaryKey());
            return dsl.select(org.jooq.impl.DSL.count()).from(rows(dsl, q, List.of(pk)).asTable("sliced"));
        }
        return dsl.select(org.jooq.impl.DSL.count()).from(table.table()).where(where(q, table));
    }

    /** {@code SELECT 1 ... LIMIT 1}: the cheapest question "is there a row?". */
    public static Select<?> exists(DSLContext dsl, SelectQuery<?> q) {
        ModelTable table = ModelTable.of(q.model(), dsl.dialect());
        if (q.isSliced()) {
            Field<Object> pk = table.field(q.model().primaryKey());
            return dsl.select(org.jooq.impl.DSL.one()).from(rows(dsl, q, List.of(pk)).asTable("sliced")).limit(1);
        }
        return dsl.select(org.jooq.impl.DSL.one()).from(table.table()).where(where(q, table)).limit(1);
    }

    public static Condition where(SelectQuery<?> q, ModelTable table) {
        return ConditionLowering.lower(q.where(), table);
    }

    private static List<SortField<Object>> sort(List<OrderTerm> terms, ModelTable table) {
        List<SortField<Object>> out = new ArrayList<>(terms.size());
        for (OrderTerm t : terms) {
            Field<Object> f = table.field(t.field());
            out.add(t.descending() ? f.desc() : f.asc());
        }
        return out;
    }
}
