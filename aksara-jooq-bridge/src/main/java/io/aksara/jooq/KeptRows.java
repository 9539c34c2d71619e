package io.aksara.jooq;

import io.aksara.Model;
import io.aksara.jooq.internal.BackendContext;
import io.aksara.jooq.internal.RowMapper;
import io.aksara.jooq.internal.Statements;
import io.aksara.jooq.internal.plan.CompiledPlan;
import io.aksara.jooq.internal.plan.PlanCache;
import io.aksara.query.Filter;
import io.aksara.query.Placeholder;
import io.aksara.query.SelectQuery;
import io.aksara.spi.CompiledRows;
import java.util.List;

/**
 * A compiled query's rows on a {@link JooqBackend}, run from the plan its first run kept: the
 * values go into the plan's binder and the statement runs as {@code fetch()} runs it (the same
 * lease, statement observers and SQL log), without a query, a shape or a plan-cache look-up.
 * Also the size {@code fetch()} gives a result list.
 */
final class KeptRows<T extends Model> implements CompiledRows<T> {
    private final CompiledPlan<RowMapper<?>> plan;
    private final BackendContext context;
    private final int expectedRows;

    private KeptRows(CompiledPlan<RowMapper<?>> plan, BackendContext context, int expectedRows) {
        this.plan = plan;
        this.context = context;
        this.expectedRows = expectedRows;
    }

    /** The kept rows of {@code ran}, bound from {@code template}; null when there is no plan to keep (see {@link PlanCache#compiled}). */
    static <T extends Model> CompiledRows<T> of(PlanCache<RowMapper<?>> rowPlans, BackendContext context,
            SelectQuery<T> ran, SelectQuery<T> template) {
        if (ran.lock() != null) {
            return null; // a locking read checks its transaction on every run
        }
        CompiledPlan<RowMapper<?>> plan = rowPlans.compiled(ran, template);
        return plan == null ? null : new KeptRows<>(plan, context, expectedRows(ran));
    }

    @Override
    public List<Placeholder> placeholders() {
        return plan.placeholders();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<T> fetch(Object[] prepared) {
        List<Object> binds = plan.binds(prepared);
        return binds == null ? null : Statements.query(context, plan.sql(), binds, (RowMapper<T>) plan.extra(), expectedRows);
    }

    /**
     * The size to give the result list: a limit of 32 to 10,000 rows, so a long page is not copied
     * as it grows; a short one (and get()'s probe of 21, which expects one row) keeps the default.
     * Without a limit, a WHERE of one {@code in} list of 32 to 10,000 values expects as many rows
     * (prefetchRelated's second query: one row per key forward, usually more in reverse), which
     * saves the list's first five growths.
     */
    static int expectedRows(SelectQuery<?> query) {
        Long limit = query.limit();
        if (limit != null) {
            return limit < 32 || limit > 10_000 ? 0 : limit.intValue();
        }
        return query.where() instanceof Filter.Match m && m.value() instanceof List<?> values
                && values.size() >= 32 && values.size() <= 10_000 && m.lookup().name().equals("in") ? values.size() : 0;
    }
}
