package io.aksara.jooq.internal.plan;

import io.aksara.jooq.internal.InListSql;
import io.aksara.query.SelectQuery;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;

/**
 * Rendered statements by query shape, for one kind of statement (rows, count, ...) of one
 * database. On a hit, a query costs a shape walk and a bind list: no jOOQ tree, no rendering. On a
 * miss the query is lowered as always; the shape is also lowered once with probe values, and if
 * every bind value can be traced to a slot (and the traced binds reproduce the real ones), the
 * statement is kept for the shape. Shapes that cannot be traced are remembered as such and always
 * take the full path, so a cache entry is never wrong, only absent.
 *
 * @param <X> what else a cached plan carries (a row mapper), built once per shape
 */
public final class PlanCache<X> {
    /** A statement ready to run: its SQL, its bind values, and the shape's extra. */
    public record Prepared<X>(String sql, List<Object> binds, X extra) {}

    private record Plan<X>(String sql, Binder binder, X extra) {}

    /** Bounded: past this many shapes (generated queries without end) new shapes are not kept. */
    static final int MAX_SHAPES = 2_000;

    private static final Plan<Object> UNTRACEABLE = new Plan<>(null, null, null);

    private final SQLDialect dialect;
    private final DSLContext dsl;
    private final Function<SelectQuery<?>, Query> lowering;
    private final Function<SelectQuery<?>, X> extra;
    private final Map<SelectQuery<?>, Plan<X>> plans = new ConcurrentHashMap<>();
    /** Whether the database binds an {@code in} list as one array, so its size is not part of a shape. */
    private final boolean inListAsArray;
    private final int maxArray;

    public PlanCache(SQLDialect dialect, DSLContext dsl, Function<SelectQuery<?>, Query> lowering,
            Function<SelectQuery<?>, X> extra) {
        this.dialect = dialect;
        this.dsl = dsl;
        this.lowering = lowering;
        this.extra = extra;
        this.inListAsArray = InListSql.bindsOneArray(dialect);
        this.maxArray = InListSql.maxArray(dialect);
    }

    /** The statement of this query: from the cache when its shape is known, else lowered now. */
    @SuppressWarnings("unchecked")
    public Prepared<X> prepare(SelectQuery<?> q) {
        QueryShape shape = QueryShape.of(q, inListAsArray, maxArray);
        Plan<X> plan = shape == null ? null : plans.get(shape.key());
        if (plan != null && plan != UNTRACEABLE) {
            return new Prepared<>(plan.sql(), plan.binder().apply(shape.slots()), plan.extra());
        }
        Query lowered = lowering.apply(q);
        String sql = dsl.render(lowered);
        List<Object> binds = dsl.extractBindValues(lowered);
        X built = extra.apply(q);
        if (shape != null && plan == null && plans.size() < MAX_SHAPES) {
            plans.putIfAbsent(shape.key(), learn(q, shape, sql, binds, built));
        }
        return new Prepared<>(sql, binds, built);
    }

    /** How many shapes are known (cached or untraceable); for tests and diagnostics. */
    public int size() {
        return plans.size();
    }

    /** Whether this query's shape has a cached statement. */
    public boolean isCached(SelectQuery<?> q) {
        QueryShape shape = QueryShape.of(q, inListAsArray, maxArray);
        Plan<X> plan = shape == null ? null : plans.get(shape.key());
        return plan != null && plan != UNTRACEABLE;
    }

    @SuppressWarnings("unchecked")
    private Plan<X> learn(SelectQuery<?> q, QueryShape shape, String sql, List<Object> binds, X built) {
        Object[] probes = Probes.of(shape.slots());
        Query probeQuery = lowering.apply(QueryShape.withValues(q, probes, inListAsArray));
        if (!dsl.render(probeQuery).equals(sql)) {
            return (Plan<X>) UNTRACEABLE; // a value changes the statement itself
        }
        Binder binder = Binder.derive(probes, dsl.extractBindValues(probeQuery), binds, dialect);
        if (binder == null || !Binder.same(binder.apply(shape.slots()), binds)) {
            return (Plan<X>) UNTRACEABLE;
        }
        return new Plan<>(sql, binder, built);
    }
}
