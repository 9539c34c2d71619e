package io.aksara.jooq;

import io.aksara.jooq.internal.BackendContext;
import io.aksara.jooq.internal.QueryLowering;
import io.aksara.jooq.internal.Statements;
import io.aksara.jooq.internal.plan.PlanCache;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.query.Expr;
import io.aksara.query.SelectQuery;
import io.aksara.spi.CompiledValue;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * {@code count()}, {@code exists()} and the count of {@code values()} of a {@link JooqBackend}: their statements by query shape,
 * and a compiled query's kept plans of them ({@link KeptValue}), which run the same statements.
 */
final class CountReads {
    private final PlanCache<Void> countPlans;
    private final PlanCache<Void> existsPlans;
    private final Vendor vendor;
    private final DSLContext dsl;
    private final BackendContext context;

    CountReads(Vendor vendor, DSLContext dsl, BackendContext context) {
        this.vendor = vendor;
        this.dsl = dsl;
        this.countPlans = new PlanCache<>(vendor, dsl, q -> QueryLowering.count(vendor, q), q -> null);
        this.existsPlans = new PlanCache<>(vendor, dsl, q -> QueryLowering.exists(vendor, q), q -> null);
        this.context = context;
    }

    long count(SelectQuery<?> query) {
        PlanCache.Prepared<Void> p = countPlans.prepare(query);
        return counted(p.sql(), p.binds());
    }

    CompiledValue<Long> compiledCount(SelectQuery<?> ran, SelectQuery<?> template) {
        return KeptValue.of(countPlans, ran, template, (p, binds, binding) -> counted(p.sql(), binds, binding));
    }

    boolean exists(SelectQuery<?> query) {
        PlanCache.Prepared<Void> p = existsPlans.prepare(query);
        return anyRow(p.sql(), p.binds());
    }

    CompiledValue<Boolean> compiledExists(SelectQuery<?> ran, SelectQuery<?> template) {
        return KeptValue.of(existsPlans, ran, template, (p, binds, binding) -> anyRow(p.sql(), binds, binding));
    }

    /** The number of rows of {@code values(columns)} on the query. */
    long countValues(SelectQuery<?> query, List<Expr> columns) {
        // the ordering does not change how many rows there are, but with distinct() it would select more columns
        SelectQuery<?> counted = query.isSliced() ? query : query.withOrdering(List.of());
        Query q = dsl.selectCount().from(QueryLowering.values(vendor, counted, columns).asTable("counted"));
        return counted(dsl.render(q), dsl.extractBindValues(q));
    }

    private long counted(String sql, List<Object> binds) {
        return counted(sql, binds, null);
    }

    /** {@code binding}: a compiled run's values set from its slots, {@code binds} null (see {@link KeptValue}). */
    private long counted(String sql, List<Object> binds, Statements.Binding binding) {
        return Statements.query(context, sql, binds, binding, rs -> rs.getLong(1), 1).getFirst();
    }

    private boolean anyRow(String sql, List<Object> binds) {
        return anyRow(sql, binds, null);
    }

    private boolean anyRow(String sql, List<Object> binds, Statements.Binding binding) {
        return !Statements.query(context, sql, binds, binding, rs -> Boolean.TRUE, 0).isEmpty();
    }
}
