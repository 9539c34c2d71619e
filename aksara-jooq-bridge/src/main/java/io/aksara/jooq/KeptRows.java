package io.aksara.jooq;

import io.aksara.Model;
import io.aksara.jooq.internal.BackendContext;
import io.aksara.jooq.internal.RowMapper;
import io.aksara.jooq.internal.Statements;
import io.aksara.jooq.internal.plan.CompiledPlan;
import io.aksara.jooq.internal.plan.PlanCache;
import io.aksara.query.Filter;
import io.aksara.query.SelectQuery;
import io.aksara.spi.CompiledRows;
import java.util.List;

/**
 * A compiled query's rows on a {@link JooqBackend}, run from the plan its first run kept, as
 * {@code fetch()} runs it (see {@link KeptValue}). Also the size {@code fetch()} gives a result list.
 */
final class KeptRows<T extends Model> extends KeptValue<RowMapper<?>, List<T>> implements CompiledRows<T> {
    private KeptRows(CompiledPlan<RowMapper<?>> plan, Reading<RowMapper<?>, List<T>> reading) {
        super(plan, reading);
    }

    /** The kept rows of {@code ran}, bound from {@code template}; null when there is no plan to keep (see {@link PlanCache#compiled}). */
    @SuppressWarnings("unchecked")
    static <T extends Model> CompiledRows<T> of(PlanCache<RowMapper<?>> rowPlans, BackendContext context,
            SelectQuery<T> ran, SelectQuery<T> template) {
        CompiledPlan<RowMapper<?>> plan = plan(rowPlans, ran, template);
        int hint = ran.limit() != null ? expectedRows(ran) : 0; // not the first run's in list: each run has its own
        return plan == null ? null : new KeptRows<>(plan, (p, binds, binding) -> {
            // sized as fetch() sizes it: the hint, or the plan's last row count when more (a prefetch's
            // list of 50 keys reads 100 pets), so the list does not grow as it fills
            RowMapper<T> mapper = (RowMapper<T>) p.extra();
            int expected = mapper.expectedRows(hint);
            return mapper.rowsRead(Statements.query(context, p.sql(), binds, binding, mapper, expected), expected);
        });
    }

    @Override
    public List<T> fetch(Object[] prepared) {
        return run(prepared);
    }

    /** The limit of get()'s probe ({@code QuerySet.GET_PROBE}): it expects one row, not 21. */
    private static final long GET_PROBE = 21;

    /**
     * The size to give the result list: the limit, up to 10,000 rows, so a page is not copied as it
     * grows (a page of 20 in the default list was three arrays: 10, 15 and 22 slots); a larger limit
     * and get()'s probe keep the default list, which makes its array at the first row. Without a
     * limit, a WHERE of one {@code in} list of 32 to 10,000 values expects as many rows
     * (prefetchRelated's second query: one row per key forward, usually more in reverse), which
     * saves the list's first five growths.
     */
    static int expectedRows(SelectQuery<?> query) {
        Long limit = query.limit();
        if (limit != null) {
            return limit > 10_000 || limit == GET_PROBE ? 0 : limit.intValue();
        }
        return query.where() instanceof Filter.Match m && m.value() instanceof List<?> values
                && values.size() >= 32 && values.size() <= 10_000 && m.lookup().name().equals("in") ? values.size() : 0;
    }
}
