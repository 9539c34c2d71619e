package io.aksara.jooq.internal.plan;

import io.aksara.query.Filter;
import io.aksara.query.SelectQuery;
import java.util.List;

/**
 * The plan-cache key of a query whose WHERE is several lookups on plain values, AND-ed in one
 * {@code filter} call or chained over several ({@code filter("level", l).filter("ts__gte", t)}),
 * made as {@link OneValueKey} is: it keeps the query itself and compares everything but the
 * values and the slice's values, so the query is not copied and normalised on every call. It
 * equals another key exactly when the normalised copies {@link QueryShape} makes otherwise would
 * be equal: the same model, the same kind of combination (a chain keeps each call's scope, an AND
 * does not), the same lookup paths and lookups in the same order with values of the same classes,
 * the same slice presence and equal other components.
 */
final class MatchesKey extends QueryShape { // its own shape, as OneValueKey
    private final SelectQuery<?> query;
    private final List<Filter> parts;
    private final boolean offset;
    private final boolean limit;
    private final int hash;

    private MatchesKey(SelectQuery<?> query, List<Filter> parts, Object[] slots) {
        super(null, slots);
        this.query = query;
        this.parts = parts;
        this.offset = query.offset() > 0;
        this.limit = query.limit() != null;
        int h = 31 * query.model().hashCode() + query.where().getClass().hashCode();
        for (int i = 0; i < parts.size(); i++) {
            h = OneValueKey.matchHash(h, (Filter.Match) parts.get(i));
        }
        this.hash = 4 * h + (offset ? 2 : 0) + (limit ? 1 : 0);
    }

    /**
     * The parts of a WHERE that is an AND or a chain of lookups whose values all become slots
     * (so each is one slot, in order, as {@link QueryShape} numbers them), or null.
     */
    static List<Filter> plainMatches(Filter where, java.util.function.Predicate<Object> slottable) {
        List<Filter> parts = switch (where) {
            case Filter.Chain c -> c.calls();
            case Filter.And a -> a.parts();
            default -> null;
        };
        if (parts == null) {
            return null;
        }
        for (int i = 0; i < parts.size(); i++) { // by index: every such query passes here
            if (!(parts.get(i) instanceof Filter.Match m) || !slottable.test(m.value())) {
                return null;
            }
        }
        return parts;
    }

    /** The shape of a query whose WHERE's parts are {@link #plainMatches}: their values, then offset and limit. */
    static QueryShape shape(SelectQuery<?> q, List<Filter> parts) {
        boolean offset = q.offset() > 0;
        Long limit = q.limit();
        Object[] slots = new Object[parts.size() + (offset ? 1 : 0) + (limit != null ? 1 : 0)];
        int next = 0;
        for (int i = 0; i < parts.size(); i++) {
            slots[next++] = ((Filter.Match) parts.get(i)).value();
        }
        if (offset) {
            slots[next++] = q.offset();
        }
        if (limit != null) {
            slots[next] = limit;
        }
        return new MatchesKey(q, parts, slots);
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
        if (!(o instanceof MatchesKey k) || hash != k.hash || offset != k.offset || limit != k.limit
                || query.model() != k.query.model() || query.where().getClass() != k.query.where().getClass()
                || parts.size() != k.parts.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!OneValueKey.sameMatch((Filter.Match) parts.get(i), (Filter.Match) k.parts.get(i))) {
                return false;
            }
        }
        return OneValueKey.sameRest(query, k.query);
    }

    @Override
    public String toString() {
        return "MatchesKey[" + query.model().name() + " " + query.where().getClass().getSimpleName() + " of " + parts.size()
                + (offset ? " offset" : "") + (limit ? " limit" : "") + "]";
    }
}
