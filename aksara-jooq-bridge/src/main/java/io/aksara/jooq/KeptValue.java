package io.aksara.jooq;

import io.aksara.jooq.internal.Statements;
import io.aksara.jooq.internal.plan.CompiledPlan;
import io.aksara.jooq.internal.plan.PlanCache;
import io.aksara.query.Placeholder;
import io.aksara.query.SelectQuery;
import io.aksara.spi.CompiledValue;
import java.util.List;

/**
 * A compiled query's read on a {@link JooqBackend} (its count, whether a row exists; its rows in
 * {@link KeptRows}), run from the plan its first run kept: the values go into the plan's binder
 * and the statement runs as the QuerySet's read runs it (the same lease, statement observers and
 * SQL log), without a query, a shape or a plan-cache look-up.
 *
 * @param <X> the plan's extra (a row mapper, or nothing)
 * @param <V> what a run answers
 */
class KeptValue<X, V> implements CompiledValue<V> {
    /**
     * How a run reads its answer from the plan's statement: {@code binding} sets its values when
     * nobody observes them, else it is null and {@code binds} lists them (as {@link Statements#query} takes them).
     */
    @FunctionalInterface
    interface Reading<X, V> {
        V read(CompiledPlan<X> plan, List<Object> binds, Statements.Binding binding);
    }

    private final CompiledPlan<X> plan;
    private final Reading<X, V> reading;

    KeptValue(CompiledPlan<X> plan, Reading<X, V> reading) {
        this.plan = plan;
        this.reading = reading;
    }

    /** The kept read of {@code ran}, bound from {@code template}; null when there is no plan to keep. */
    static <X, V> CompiledValue<V> of(PlanCache<X> plans, SelectQuery<?> ran, SelectQuery<?> template, Reading<X, V> reading) {
        CompiledPlan<X> plan = plan(plans, ran, template);
        return plan == null ? null : new KeptValue<>(plan, reading);
    }

    /** The plan {@code ran} ran with, bound from {@code template} (see {@link PlanCache#compiled}); null: none to keep. */
    static <X> CompiledPlan<X> plan(PlanCache<X> plans, SelectQuery<?> ran, SelectQuery<?> template) {
        if (ran.lock() != null) {
            return null; // a locking read checks its transaction on every run
        }
        return plans.compiled(ran, template);
    }

    @Override
    public List<Placeholder> placeholders() {
        return plan.placeholders();
    }

    @Override
    public V run(Object[] prepared) {
        Object[] filled = plan.fill(prepared);
        if (filled == null) {
            return null;
        }
        // no statement observer, no SQL log: the values go from the slots onto the statement, no list per run
        return Statements.valuesUnobserved() ? reading.read(plan, null, plan.binding(filled))
                : reading.read(plan, plan.binds(filled), null);
    }
}
