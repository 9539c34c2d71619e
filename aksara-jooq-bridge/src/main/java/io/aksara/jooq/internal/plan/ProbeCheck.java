package io.aksara.jooq.internal.plan;

import io.aksara.query.SelectQuery;
import java.util.List;
import org.jooq.Query;

/**
 * A check of a recorded binder, run with assertions enabled ({@code -ea}, as the tests run): the
 * shape lowered with probe values (distinct stand-ins of each slot's class) must render the same
 * SQL, and the binder applied to the probes must give exactly the binds jOOQ extracts from that
 * lowering. So a value that changes the statement text, or a bind made from a slot by a path that
 * does not record, fails the test that first lowers such a shape instead of caching a wrong plan.
 */
final class ProbeCheck {
    private ProbeCheck() {}

    /** True, or throws an {@link AssertionError} that names the statement and both bind lists. */
    static boolean agrees(PlanCache<?> cache, SelectQuery<?> q, QueryShape shape, String sql, Binder binder) {
        Object[] probes = Probes.of(shape.slots());
        Query probeQuery = cache.lowerWith(q, probes);
        String probeSql = cache.dsl().render(probeQuery);
        if (!probeSql.equals(sql)) {
            throw new AssertionError("A slot value changes the statement of a cached shape:\n  " + sql + "\n  " + probeSql);
        }
        List<Object> expected = cache.dsl().extractBindValues(probeQuery);
        List<Object> recorded = binder.apply(probes);
        if (!Binder.same(recorded, expected)) {
            throw new AssertionError("The recorded binder of " + sql + " gives " + recorded + " for the probes "
                    + List.of(probes) + "; lowering them gives " + expected);
        }
        return true;
    }
}
