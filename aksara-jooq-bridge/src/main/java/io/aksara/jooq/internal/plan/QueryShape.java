package io.aksara.jooq.internal.plan;

import io.aksara.jooq.internal.BindTrace;
import io.aksara.jooq.internal.InListSql;
import io.aksara.query.Filter;
import io.aksara.query.SelectQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A query split into its shape and its values: the shape is the query with each lookup value
 * (and the slice) replaced by a {@link Slot} that keeps only the value's class, so two queries
 * that differ only in their values have equal shapes and share one cached plan. Where the
 * database binds an {@code in} list as one array, the list is one {@link ArraySlot} whatever its
 * size; elsewhere it is one slot per value, and its size is part of the shape. Only values of
 * plain column types become slots; anything else (null, booleans, expressions, subqueries, JSON)
 * stays in the shape, where it takes part in equality as it is.
 *
 * <p>{@link #key()} is the shape, usable as a map key: the normalised query (records compare by
 * value), or for a query filtered by one plain value a {@link OneValueKey}, by several plain values
 * (AND-ed or chained) a {@link MatchesKey}. Those two keys are shapes themselves (they extend this
 * class and are their own key), so the query every page makes most often allocates one object for
 * its shape and key, not two. {@link #slots()} are the values taken out, in the order the slots appear.
 */
class QueryShape {
    /** The shape as a map key; null when this object is its own key (see {@link #key()}). */
    private final Object key;
    private final Object[] slots;

    /** A shape whose key is {@code key}; a subclass passes null to be its own key. */
    QueryShape(Object key, Object[] slots) {
        this.key = key;
        this.slots = slots;
    }

    /** The shape, usable as a map key: equal for two queries that differ only in their values. */
    final Object key() {
        return key != null ? key : this;
    }

    /** The values taken out, in the order the slots appear. */
    final Object[] slots() {
        return slots;
    }

    /** Stands for one value of this class in a shape. */
    record Slot(Class<?> type) {}

    /** Stands for a list of values (in, range) of this size in a shape. */
    record ListSlot(List<Slot> items) {}

    /**
     * Stands for the values of an {@code in} list bound as one array, of any size: the slot's
     * value is the whole list (see {@link io.aksara.jooq.internal.InListSql}).
     */
    record ArraySlot(Class<?> type) {}

    /** The slot of each class whose values become slots, made once: a shape is made per query, a slot per value. */
    private static final Map<Class<?>, Slot> SLOTS = slots(String.class, Integer.class, Long.class, Short.class,
            BigDecimal.class, Double.class, Float.class, OffsetDateTime.class, LocalDate.class, LocalTime.class,
            LocalDateTime.class, UUID.class);

    /** The limit slot's stand-in in a shape's key. */
    private static final Long ONE = 1L;

    /** The array slot of each of those classes, made once: {@link #ofOneValue} keys a lone {@code in} list by it. */
    private static final Map<Class<?>, ArraySlot> ARRAY_SLOTS = arraySlots(SLOTS.keySet());

    private static Map<Class<?>, Slot> slots(Class<?>... classes) {
        Map<Class<?>, Slot> out = new java.util.HashMap<>();
        for (Class<?> c : classes) {
            out.put(c, new Slot(c));
        }
        return Map.copyOf(out);
    }

    private static Map<Class<?>, ArraySlot> arraySlots(java.util.Set<Class<?>> classes) {
        Map<Class<?>, ArraySlot> out = new java.util.HashMap<>();
        for (Class<?> c : classes) {
            out.put(c, new ArraySlot(c));
        }
        return Map.copyOf(out);
    }

    /**
     * The shape of a query, or null when it cannot be cached: a raw jOOQ condition is opaque (its
     * values cannot be taken out, and equal conditions need not compare equal).
     */
    static QueryShape of(SelectQuery<?> q, boolean inListAsArray, int maxArray) {
        if (hasRaw(q.having())) {
            return null;
        }
        if (q.where() instanceof Filter.Match m) {
            if (slottable(m.value())) {
                return ofOneValue(q, m, m.value().getClass());
            }
            // prefetchRelated's second query (pk__in / fk__in over the owners' keys): without this, every
            // prefetch normalised a copy of the query and hashed and compared the whole of it in the cache
            if (inListAsArray && m.lookup().name().equals("in") && arrayList(m.value())
                    && ((List<?>) m.value()).size() <= maxArray) {
                return ofOneValue(q, m, ARRAY_SLOTS.get(((List<?>) m.value()).getFirst().getClass()));
            }
        }
        List<Filter> matches = MatchesKey.plainMatches(q.where(), QueryShape::slottable);
        if (matches != null) {
            return MatchesKey.shape(q, matches);
        }
        if (hasRaw(q.where())) {
            return null;
        }
        List<Object> values = new ArrayList<>();
        Filter where = normalize(q.where(), values, inListAsArray, null);
        if (!worthKeeping(values, maxArray)) {
            return null;
        }
        if (q.offset() > 0) {
            values.add(q.offset());
        }
        if (q.limit() != null) {
            values.add(q.limit());
        }
        // the slice keeps only whether it is there: its values are slots, after the filter's
        SelectQuery<?> key = q.withWhereAndSlice(where, q.offset() > 0 ? 1 : 0, q.limit() == null ? null : ONE);
        return new QueryShape(key, values.toArray());
    }

    /**
     * The shape of a query whose WHERE is one lookup on one plain value ({@code get("pk", id)},
     * {@code filter("slug", s)}), or one {@code in} list bound as one array ({@code valueShape} its
     * {@link ArraySlot}, the list its one slot, as {@link #normalize} makes it): the slots at their
     * final size and a {@link OneValueKey} over the query itself, with no normalised copy, as this
     * is the query every page makes most often.
     */
    private static QueryShape ofOneValue(SelectQuery<?> q, Filter.Match m, Object valueShape) {
        boolean offset = q.offset() > 0;
        Long limit = q.limit();
        Object[] slots = new Object[1 + (offset ? 1 : 0) + (limit != null ? 1 : 0)];
        int next = 0;
        slots[next++] = m.value();
        if (offset) {
            slots[next++] = q.offset();
        }
        if (limit != null) {
            slots[next] = limit;
        }
        return new OneValueKey(q, m, valueShape, slots);
    }

    /**
     * Whether a plan for these slots is worth keeping: not when an array slot holds more values
     * than one array parameter takes (the statement then has several), nor when the slots are
     * more parameters than {@link InListSql#MAX_CACHED_PARAMETERS} (a statement per list size, as
     * long as the list: kept, a few of them would fill memory for little gain).
     */
    private static boolean worthKeeping(List<Object> values, int maxArray) {
        int parameters = 0;
        for (int i = 0; i < values.size(); i++) { // by index: every query passes here
            Object v = values.get(i);
            if (v instanceof List<?> list) {
                if (list.size() > maxArray) {
                    return false;
                }
            } else {
                parameters++;
            }
        }
        return parameters <= InListSql.MAX_CACHED_PARAMETERS;
    }

    /**
     * A trace for lowering {@code q}: where the slots of each of its lookups start (numbered as
     * {@link #of} numbers them), and the slots of its offset and limit.
     */
    static BindTrace trace(SelectQuery<?> q, boolean inListAsArray) {
        Slots slots = new Slots(new IdentityHashMap<>(), Collections.newSetFromMap(new IdentityHashMap<>()));
        List<Object> values = new ArrayList<>();
        normalize(q.where(), values, inListAsArray, slots);
        int next = values.size();
        int offsetSlot = q.offset() > 0 ? next++ : -1;
        int limitSlot = q.limit() != null ? next : -1;
        return new BindTrace(slots.first(), slots.arrays(), q, offsetSlot, limitSlot);
    }

    /** The first slot of each lookup with slots (by identity), and the lookups whose list is one array slot. */
    private record Slots(Map<Filter, Integer> first, Set<Filter> arrays) {}

    /** The same query with other values in the slots (same classes, same list sizes). */
    static SelectQuery<?> withValues(SelectQuery<?> original, Object[] slots, boolean inListAsArray) {
        int[] next = {0};
        Filter where = replace(original.where(), slots, next, inListAsArray);
        long offset = original.offset() > 0 ? ((Number) slots[next[0]++]).longValue() : 0;
        Long limit = original.limit() == null ? null : ((Number) slots[next[0]++]).longValue();
        return original.withWhere(where).withSlice(offset, limit);
    }

    /**
     * For each slot of {@code ran} (numbered as {@link #of} numbers them), the placeholder of
     * {@code template} whose value fills it, or null where the value is the template's own (the same
     * in every run); null when the two do not line up, that is when {@code ran} is not the template
     * with each placeholder replaced by one plain value, or for {@code in} by a list bound as one
     * array (not: a list of parameters, a boolean, a placeholder in HAVING or in a comparison with
     * an expression).
     */
    static io.aksara.query.Placeholder[] placeholderSlots(SelectQuery<?> template, SelectQuery<?> ran, boolean inListAsArray) {
        List<io.aksara.query.Placeholder> out = new ArrayList<>();
        if (!lineUp(template.where(), ran.where(), out, inListAsArray)) {
            return null;
        }
        if (ran.offset() > 0) {
            out.add(null);
        }
        if (ran.limit() != null) {
            out.add(null);
        }
        return out.toArray(new io.aksara.query.Placeholder[0]);
    }

    /** {@link #placeholderSlots} for one filter of the template and the same filter as it ran. */
    private static boolean lineUp(Filter t, Filter r, List<io.aksara.query.Placeholder> out, boolean inListAsArray) {
        if (t instanceof Filter.Match tm && tm.value() instanceof io.aksara.query.Placeholder p) {
            // a compiled query's run makes a new Match on the same path and lookup, with the value in place
            // (or an in list bound as one array: its one slot is the whole list, as normalize makes it)
            boolean oneSlot = r instanceof Filter.Match rm && rm.path() == tm.path() && rm.lookup() == tm.lookup()
                    && (slottable(rm.value()) || inListAsArray && rm.lookup().name().equals("in") && arrayList(rm.value()));
            out.add(p);
            return oneSlot;
        }
        return switch (t) {
            case Filter.Match tm when r == t -> {
                List<Object> values = new ArrayList<>();
                shapeOf(tm.value(), values, inListAsArray && tm.lookup().name().equals("in"));
                values.forEach(v -> out.add(null)); // the template's own values: the same in every run
                yield true;
            }
            case Filter.And a when r instanceof Filter.And b -> lineUpAll(a.parts(), b.parts(), out, inListAsArray);
            case Filter.Or a when r instanceof Filter.Or b -> lineUpAll(a.parts(), b.parts(), out, inListAsArray);
            case Filter.Chain a when r instanceof Filter.Chain b -> lineUpAll(a.calls(), b.calls(), out, inListAsArray);
            case Filter.Not a when r instanceof Filter.Not b -> lineUp(a.part(), b.part(), out, inListAsArray);
            default -> r == t; // anything else has no slot, and a run does not copy it
        };
    }

    private static boolean lineUpAll(List<Filter> t, List<Filter> r, List<io.aksara.query.Placeholder> out, boolean inListAsArray) {
        if (t.size() != r.size()) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            if (!lineUp(t.get(i), r.get(i), out, inListAsArray)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasRaw(Filter f) {
        return switch (f) {
            case Filter.Raw r -> true;
            case Filter.And a -> a.parts().stream().anyMatch(QueryShape::hasRaw);
            case Filter.Or o -> o.parts().stream().anyMatch(QueryShape::hasRaw);
            case Filter.Chain c -> c.calls().stream().anyMatch(QueryShape::hasRaw);
            case Filter.Not n -> hasRaw(n.part());
            default -> false;
        };
    }

    private static boolean slottable(Object v) {
        return v != null && SLOTS.containsKey(v.getClass());
    }

    /** The filter with its values taken out into {@code values}; {@code slots}, when given, learns where each lookup's start. */
    private static Filter normalize(Filter f, List<Object> values, boolean inListAsArray, Slots slots) {
        return switch (f) {
            case Filter.Match m -> {
                int first = values.size();
                Object shaped = shapeOf(m.value(), values, inListAsArray && m.lookup().name().equals("in"));
                if (slots != null && values.size() > first) {
                    slots.first().put(m, first);
                    if (shaped instanceof ArraySlot) {
                        slots.arrays().add(m);
                    }
                }
                yield new Filter.Match(m.path(), m.lookup(), shaped);
            }
            case Filter.And a -> new Filter.And(a.parts().stream().map(p -> normalize(p, values, inListAsArray, slots)).toList());
            case Filter.Or o -> new Filter.Or(o.parts().stream().map(p -> normalize(p, values, inListAsArray, slots)).toList());
            case Filter.Chain c -> new Filter.Chain(c.calls().stream().map(p -> normalize(p, values, inListAsArray, slots)).toList());
            case Filter.Not n -> new Filter.Not(normalize(n.part(), values, inListAsArray, slots));
            default -> f;
        };
    }

    /** Whether every value of the list becomes a slot; a loop, not a stream: every {@code in} query passes here. */
    private static boolean allSlottable(List<?> list) {
        for (int i = 0; i < list.size(); i++) {
            if (!slottable(list.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A non-empty list of values of one slottable class: bound as one array when the database does that. */
    private static boolean arrayList(Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty() || !slottable(list.getFirst())) {
            return false;
        }
        Class<?> type = list.getFirst().getClass();
        for (Object v : list) {
            if (v == null || v.getClass() != type) {
                return false;
            }
        }
        return true;
    }

    private static Object shapeOf(Object value, List<Object> values, boolean asArray) {
        if (asArray && arrayList(value)) {
            values.add(value);
            return new ArraySlot(((List<?>) value).getFirst().getClass());
        }
        Slot slot = value == null ? null : SLOTS.get(value.getClass());
        if (slot != null) {
            values.add(value);
            return slot;
        }
        if (value instanceof List<?> list && !list.isEmpty() && allSlottable(list)) {
            List<Slot> items = new ArrayList<>(list.size());
            for (Object v : list) {
                values.add(v);
                items.add(SLOTS.get(v.getClass()));
            }
            return new ListSlot(items);
        }
        return value;
    }

    /** The filter with its slot values replaced, walking in the same order as {@link #normalize}. */
    private static Filter replace(Filter f, Object[] slots, int[] next, boolean inListAsArray) {
        return switch (f) {
            case Filter.Match m -> new Filter.Match(m.path(), m.lookup(),
                    replaceValue(m.value(), slots, next, inListAsArray && m.lookup().name().equals("in")));
            case Filter.And a -> new Filter.And(a.parts().stream().map(p -> replace(p, slots, next, inListAsArray)).toList());
            case Filter.Or o -> new Filter.Or(o.parts().stream().map(p -> replace(p, slots, next, inListAsArray)).toList());
            case Filter.Chain c -> new Filter.Chain(c.calls().stream().map(p -> replace(p, slots, next, inListAsArray)).toList());
            case Filter.Not n -> new Filter.Not(replace(n.part(), slots, next, inListAsArray));
            default -> f;
        };
    }

    private static Object replaceValue(Object value, Object[] slots, int[] next, boolean asArray) {
        if (asArray && arrayList(value)) {
            return slots[next[0]++];
        }
        if (slottable(value)) {
            return slots[next[0]++];
        }
        if (value instanceof List<?> list && !list.isEmpty() && allSlottable(list)) {
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(slots[next[0]++]);
            }
            return out;
        }
        return value;
    }
}
