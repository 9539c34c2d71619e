package io.aksara.jooq.internal.plan;

import io.aksara.jooq.internal.BindSource;
import io.aksara.jooq.internal.BindTrace;
import io.aksara.jooq.internal.InListSql;
import io.aksara.jooq.internal.Statements;
import io.aksara.query.SelectQuery;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.SQLDialect;
import io.aksara.jooq.vendor.Vendor;

/**
 * Rendered statements by query shape, for one kind of statement (rows, count, ...) of one
 * database. On a hit, a query costs a shape walk and a bind list: no jOOQ tree, no rendering. On a
 * miss the query is lowered as always, with a {@link BindTrace} recording which slot each bind
 * value is made from and how; if the trace explains every bind (and its binder reproduces the real
 * binds), the statement is kept for the shape. A lookup that does not record its binds (one
 * registered from outside) is traced instead by a second lowering with probe values. Shapes that
 * cannot be traced are remembered as such and always take the full path, so a cache entry is never
 * wrong, only absent. With assertions enabled (the tests), every recorded binder is also checked
 * against a lowering with probe values ({@link ProbeCheck}).
 *
 * @param <X> what else a cached plan carries (a row mapper), built once per shape
 */
public final class PlanCache<X> {
    /**
     * A statement ready to run: its SQL, its bind values, and the shape's extra. From a kept plan it
     * holds the binder and the query's slot values instead of the list: {@link #binding()} then sets
     * them on the statement directly (a list per query was ~60 B of every page read), and
     * {@link #binds()} lists them only when asked (an observer, the SQL log, a count).
     */
    public static final class Prepared<X> implements Statements.Binding {
        private final String sql;
        private final List<Object> binds;
        private final X extra;
        private final Binder binder;
        private final Object[] slots;

        Prepared(String sql, List<Object> binds, X extra) {
            this(sql, binds, extra, null, null);
        }

        private Prepared(String sql, List<Object> binds, X extra, Binder binder, Object[] slots) {
            this.sql = sql;
            this.binds = binds;
            this.extra = extra;
            this.binder = binder;
            this.slots = slots;
        }

        public String sql() {
            return sql;
        }

        /** The bind values, in order. */
        public List<Object> binds() {
            return binder != null ? binder.apply(slots) : binds;
        }

        public X extra() {
            return extra;
        }

        /**
         * This statement's values set straight from its slots, or null: only from a kept plan and
         * when nobody looks at the values ({@link Statements#valuesUnobserved}),
         * else run it with {@link #binds()}.
         */
        public Statements.Binding binding() {
            return binder != null && Statements.valuesUnobserved() ? this : null;
        }

        @Override
        public void bind(PreparedStatement ps) throws SQLException {
            binder.bind(ps, slots);
        }
    }

    /** {@code recorded}: the binder came from the lowering's trace, not from probe values. */
    private record Plan<X>(String sql, Binder binder, X extra, boolean recorded) {}

    /** Bounded: past this many shapes (generated queries without end) new shapes are not kept. */
    static final int MAX_SHAPES = 2_000;

    private static final Plan<Object> UNTRACEABLE = new Plan<>(null, null, null, false);

    private final SQLDialect dialect;
    private final DSLContext dsl;
    private final Function<SelectQuery<?>, Query> lowering;
    private final Function<SelectQuery<?>, X> extra;
    private final Map<Object, Plan<X>> plans = new ConcurrentHashMap<>();
    /** Whether the database binds an {@code in} list as one array, so its size is not part of a shape. */
    private final boolean inListAsArray;
    private final int maxArray;

    public PlanCache(Vendor vendor, DSLContext dsl, Function<SelectQuery<?>, Query> lowering,
            Function<SelectQuery<?>, X> extra) {
        this.dialect = vendor.dialect();
        this.dsl = dsl;
        this.lowering = lowering;
        this.extra = extra;
        this.inListAsArray = InListSql.bindsOneArray(vendor);
        this.maxArray = InListSql.maxArray(vendor);
    }

    /** The statement of this query: from the cache when its shape is known, else lowered now. */
    public Prepared<X> prepare(SelectQuery<?> q) {
        QueryShape shape = QueryShape.of(q, inListAsArray, maxArray);
        Plan<X> plan = shape == null ? null : plans.get(shape.key());
        if (plan != null && plan != UNTRACEABLE) {
            return new Prepared<>(plan.sql(), null, plan.extra(), plan.binder(), shape.slots());
        }
        X built = extra.apply(q);
        if (shape == null || plan != null || plans.size() >= MAX_SHAPES) {
            Query lowered = lowering.apply(q);
            return new Prepared<>(dsl.render(lowered), dsl.extractBindValues(lowered), built);
        }
        // a new shape: one lowering gives the statement and, recorded on the way, its binder
        BindTrace trace = QueryShape.trace(q, inListAsArray);
        Query lowered = trace.during(() -> lowering.apply(q));
        String sql = dsl.render(lowered);
        List<Object> binds = dsl.extractBindValues(lowered);
        plans.putIfAbsent(shape.key(), learn(q, shape, trace, lowered, sql, binds, built));
        return new Prepared<>(sql, binds, built);
    }

    /**
     * The kept plan of a compiled query's run, for the next runs to bind into directly: {@code ran}
     * is the query as it just ran ({@link #prepare} kept its plan then, if ever), {@code template}
     * the query it was bound from, with a placeholder where {@code ran} has a parameter's value.
     * Null when no plan is kept for the shape, or when the two differ in more than those values.
     */
    public CompiledPlan<X> compiled(SelectQuery<?> ran, SelectQuery<?> template) {
        if (ran.model() != template.model() || ran.offset() != template.offset()
                || !java.util.Objects.equals(ran.limit(), template.limit()) || !OneValueKey.sameRest(ran, template)) {
            return null;
        }
        QueryShape shape = QueryShape.of(ran, inListAsArray, maxArray);
        Plan<X> plan = shape == null ? null : plans.get(shape.key());
        if (plan == null || plan == UNTRACEABLE) {
            return null;
        }
        io.aksara.query.Placeholder[] sources = QueryShape.placeholderSlots(template, ran, inListAsArray);
        if (sources == null || sources.length != shape.slots().length) {
            return null;
        }
        return CompiledPlan.of(plan.sql(), plan.binder(), plan.extra(), shape.slots(), sources, maxArray);
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

    /** Whether this query's shape has a cached statement whose binder its lowering recorded; for tests. */
    boolean isRecorded(SelectQuery<?> q) {
        QueryShape shape = QueryShape.of(q, inListAsArray, maxArray);
        Plan<X> plan = shape == null ? null : plans.get(shape.key());
        return plan != null && plan.recorded();
    }

    /**
     * The plan of a new shape: its binder as the lowering recorded it, checked against the binds
     * jOOQ extracted. Where the trace cannot explain every bind (a lookup registered from outside
     * renders its own binds), the binder is derived from a second lowering with probe values.
     */
    @SuppressWarnings("unchecked")
    private Plan<X> learn(SelectQuery<?> q, QueryShape shape, BindTrace trace, Query lowered, String sql,
            List<Object> binds, X built) {
        if (textDependsOnValues(shape.slots())) {
            return (Plan<X>) UNTRACEABLE;
        }
        BindSource[] sources = trace.sources(parameters(lowered), shape.slots().length);
        if (sources == null || sources.length != binds.size()) {
            return probed(q, shape, sql, binds, built);
        }
        Binder binder = new Binder(sources, dialect);
        if (!Binder.same(binder.apply(shape.slots()), binds)) {
            return probed(q, shape, sql, binds, built);
        }
        assert ProbeCheck.agrees(this, q, shape, sql, binder);
        return new Plan<>(sql, binder, built, true);
    }

    /**
     * Whether the SQL text itself depends on a slot's value: on H2, jOOQ casts a decimal bind to the
     * precision and scale of the value ({@code cast(? as decimal(4, 2))}), so each decimal would
     * need its own statement.
     */
    private boolean textDependsOnValues(Object[] slots) {
        if (dialect.family() != SQLDialect.H2) {
            return false;
        }
        for (Object v : slots) {
            if (v instanceof BigDecimal || v instanceof List<?> list && list.getFirst() instanceof BigDecimal) {
                return true;
            }
        }
        return false;
    }

    /** The statement's parameters in bind order, without the ones jOOQ writes into the SQL text. */
    private List<Param<?>> parameters(Query lowered) {
        List<Param<?>> out = new ArrayList<>();
        for (Param<?> p : dsl.extractParams(lowered).values()) {
            if (!p.isInline()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Lowers the shape with probe values: its SQL and its binds, for tracing by comparison. */
    Query lowerWith(SelectQuery<?> q, Object[] probes) {
        return lowering.apply(QueryShape.withValues(q, probes, inListAsArray));
    }

    DSLContext dsl() {
        return dsl;
    }

    @SuppressWarnings("unchecked")
    private Plan<X> probed(SelectQuery<?> q, QueryShape shape, String sql, List<Object> binds, X built) {
        Object[] probes = Probes.of(shape.slots());
        Query probeQuery = lowerWith(q, probes);
        if (!dsl.render(probeQuery).equals(sql)) {
            return (Plan<X>) UNTRACEABLE; // a value changes the statement itself
        }
        Binder binder = Binder.derive(probes, dsl.extractBindValues(probeQuery), binds, dialect);
        if (binder == null || !Binder.same(binder.apply(shape.slots()), binds)) {
            return (Plan<X>) UNTRACEABLE;
        }
        return new Plan<>(sql, binder, built, false);
    }
}
