package io.aksara.jooq.internal.plan;

import io.aksara.query.Filter;
import io.aksara.query.SelectQuery;

/**
 * The plan-cache key of a query whose WHERE is one lookup on one plain value
 * ({@code get("pk", id)}, {@code filter("slug", s)}) or one {@code in} list bound as one array
 * (prefetchRelated's {@code owner__in}: keyed by the element class, so one key for any length; the
 * first such query's list stays referenced by the cached key), made without copying the query: it keeps
 * the query itself and compares everything but its value and its slice's values. It equals
 * another key exactly when the normalised copies {@link QueryShape} made before would have been
 * equal (the same model, lookup path, lookup, value class and slice presence, and equal other
 * components), so equal queries still share one plan. What it saves on every call is the copy
 * and the walk over the whole tree: the hash covers only the model, the lookup and its path,
 * computed once, and the other components usually compare by identity, as a manager's queries
 * share them with its base query.
 *
 * <p>{@link #REST_COMPONENTS} lists the components compared here besides the lookup and the
 * slice; a test fails when {@link SelectQuery} gains a component, so that it is added here.
 */
final class OneValueKey extends QueryShape { // its own shape: one object per query, not a shape and a key
    /** How many components of {@link SelectQuery} this key knows (checked by a unit test). */
    static final int COMPONENTS = 15;

    private final SelectQuery<?> query;
    private final Filter.Match match;
    /** What of the value takes part: its class, or for an {@code in} list bound as one array its {@code ArraySlot}. */
    private final Object valueShape;
    private final boolean offset;
    private final boolean limit;
    private final int hash;

    /** The key of {@code query}, whose values {@code slots} holds (they take no part in equality). */
    OneValueKey(SelectQuery<?> query, Filter.Match match, Object valueShape, Object[] slots) {
        super(null, slots);
        this.query = query;
        this.match = match;
        this.valueShape = valueShape;
        this.offset = query.offset() > 0;
        this.limit = query.limit() != null;
        this.hash = 4 * shapeHash(query.model().hashCode(), match, valueShape) + (offset ? 2 : 0) + (limit ? 1 : 0);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof OneValueKey k) || hash != k.hash || offset != k.offset || limit != k.limit
                || query.model() != k.query.model() || !valueShape.equals(k.valueShape)
                || !match.path().equals(k.match.path()) || !match.lookup().equals(k.match.lookup())) {
            return false;
        }
        return sameRest(query, k.query);
    }

    /**
     * Whether two lookups on plain values take one plan: the same lookup path and lookup, and values
     * of the same class (each becomes a slot that keeps only its class).
     */
    static boolean sameMatch(Filter.Match a, Filter.Match b) {
        return a.value().getClass() == b.value().getClass() && a.path().equals(b.path()) && a.lookup().equals(b.lookup());
    }

    /** {@code h} combined with what {@link #sameMatch} compares of {@code m}. */
    static int matchHash(int h, Filter.Match m) {
        return shapeHash(h, m, m.value().getClass());
    }

    private static int shapeHash(int h, Filter.Match m, Object valueShape) {
        return 31 * (31 * (31 * h + m.path().hashCode()) + m.lookup().hashCode()) + valueShape.hashCode();
    }

    /** Whether two queries agree in every component but the WHERE and the slice (see {@link #COMPONENTS}). */
    static boolean sameRest(SelectQuery<?> a, SelectQuery<?> b) {
        return same(a.ordering(), b.ordering()) && same(a.rest(), b.rest()); // Rest: every other component
    }

    /** Equal, and first by identity: a manager's queries share these components with its base query. */
    private static boolean same(Object a, Object b) {
        return a == b || a != null && a.equals(b);
    }

    @Override
    public String toString() {
        return "OneValueKey[" + query.model().name() + " " + match.path() + "__" + match.lookup().name() + " "
                + (valueShape instanceof Class<?> c ? c.getSimpleName() : valueShape)
                + (offset ? " offset" : "") + (limit ? " limit" : "") + "]";
    }
}
