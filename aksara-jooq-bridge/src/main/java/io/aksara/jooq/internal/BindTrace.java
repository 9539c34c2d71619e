package io.aksara.jooq.internal;

import io.aksara.jooq.sql.LookupSql;
import io.aksara.query.Filter;
import io.aksara.query.SelectQuery;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.impl.DSL;

/**
 * Records, while one query is lowered, where each bind value comes from: which slot of the
 * query's shape it was made from and how ({@link BindSource}). The plan cache lowers a new shape
 * once inside {@link #during} and reads the statement's binder off the trace, instead of lowering
 * it a second time with stand-in values and comparing.
 *
 * <p>Only the places that know how they turn a value into a bind record: the built-in lookups,
 * {@code in} lists and the slice. A lookup whose SQL comes from elsewhere (one registered with
 * {@link LookupSql#register}) leaves the trace incomplete ({@link #sources} is null), and the plan cache
 * falls back to tracing that shape with stand-in values.
 *
 * <pre>{@code
 * BindTrace trace = new BindTrace(firstSlots, arraySlots, query, offsetSlot, limitSlot);
 * Query lowered = trace.during(() -> QueryLowering.rows(vendor, query));
 * BindSource[] binder = trace.sources(params, slotCount);     // null: not every bind is explained
 * }</pre>
 */
public final class BindTrace {
    private static final ScopedValue<BindTrace> CURRENT = ScopedValue.newInstance();

    /** The first slot of each lookup whose value the shape took out, by identity (equal lookups are distinct slots). */
    private final Map<Filter, Integer> firstSlots;
    /** The lookups whose whole list is one slot (an {@code in} list bound as one array). */
    private final Set<Filter> arraySlots;
    /** The query whose slice is slotted, and the copies of it lowered in its place. */
    private final Set<SelectQuery<?>> sliced = Collections.newSetFromMap(new IdentityHashMap<>());
    private final int offsetSlot;
    private final int limitSlot;
    private final Map<Param<?>, BindSource> sources = new IdentityHashMap<>();
    private final BitSet recorded = new BitSet();
    private boolean opaque;
    /** The lookup being rendered: its first slot, the bind value handed to its renderer, and the next list element. */
    private int slot = -1;
    private boolean array;
    private Object value;
    private int nextElement;

    /**
     * @param offsetSlot the slot of the query's offset, or -1
     * @param limitSlot  the slot of the query's limit, or -1
     */
    public BindTrace(Map<Filter, Integer> firstSlots, Set<Filter> arraySlots, SelectQuery<?> query, int offsetSlot,
            int limitSlot) {
        this.firstSlots = firstSlots;
        this.arraySlots = arraySlots;
        this.sliced.add(query);
        this.offsetSlot = offsetSlot;
        this.limitSlot = limitSlot;
    }

    /** Runs a lowering with this trace recording. */
    public <T> T during(Supplier<T> lowering) {
        return ScopedValue.where(CURRENT, this).call(lowering::get);
    }

    /**
     * Where each of these parameters (the statement's, in bind order) comes from; null when the
     * trace cannot tell for all of them: some lookup was rendered by code that does not record,
     * some slot never became a bind, or a bind not recorded holds a value some recorded bind has
     * (it may have been made from a slot value by a path that does not record).
     */
    public BindSource[] sources(List<Param<?>> params, int slotCount) {
        if (opaque || recorded.cardinality() != slotCount) {
            return null;
        }
        BindSource[] out = new BindSource[params.size()];
        for (int i = 0; i < out.length; i++) {
            Param<?> p = params.get(i);
            BindSource s = sources.get(p);
            if (s == null) {
                if (madeFromSlot(p.getValue(), params)) {
                    return null;
                }
                s = new BindSource.Constant(p.getValue());
            }
            out[i] = s;
        }
        return out;
    }

    private boolean madeFromSlot(Object constant, List<Param<?>> params) {
        for (Param<?> p : params) {
            if (sources.containsKey(p) && Objects.deepEquals(p.getValue(), constant)) {
                return true;
            }
        }
        return false;
    }

    // ---- called by lowering

    private static BindTrace current() {
        return CURRENT.isBound() ? CURRENT.get() : null;
    }

    /** A lookup across a relation is lowered as its tail: the tail keeps the slots of the lookup it came from. */
    static Filter.Match follow(Filter.Match from, Filter.Match tail) {
        BindTrace t = current();
        if (t != null && t.firstSlots.containsKey(from)) {
            t.firstSlots.put(tail, t.firstSlots.get(from));
            if (t.arraySlots.contains(from)) {
                t.arraySlots.add(tail);
            }
        }
        return tail;
    }

    /** A copy of the query lowered in its place (count and exists nest it) has the same slice slots. */
    static <Q extends SelectQuery<?>> Q sameSlice(SelectQuery<?> query, Q copy) {
        BindTrace t = current();
        if (t != null && t.sliced.contains(query)) {
            t.sliced.add(copy);
        }
        return copy;
    }

    /**
     * Renders the condition of one lookup whose bind value is {@code bindValue}; a renderer that
     * does not {@code record} its binds makes the trace incomplete when the lookup's value is a slot.
     */
    static <T> T lookup(Filter.Match m, Object bindValue, boolean records, Supplier<T> render) {
        BindTrace t = current();
        Integer first = t == null ? null : t.firstSlots.get(m);
        if (first == null) {
            return render.get();
        }
        if (!records) {
            t.opaque = true;
            return render.get();
        }
        int outerSlot = t.slot;
        boolean outerArray = t.array;
        Object outerValue = t.value;
        int outerNext = t.nextElement;
        t.slot = first;
        t.array = t.arraySlots.contains(m);
        t.value = bindValue;
        t.nextElement = 0;
        try {
            return render.get();
        } finally {
            t.slot = outerSlot;
            t.array = outerArray;
            t.value = outerValue;
            t.nextElement = outerNext;
        }
    }

    /** {@code DSL.val(value, type)}: the lookup's value (or an element of its list) bound in a column's type. */
    @SuppressWarnings("unchecked")
    public static Field<Object> typed(Object value, DataType<Object> type) {
        org.jooq.Name enumType = PgEnumBinding.typeOf(type);
        if (enumType != null) {
            // bound as text and cast in the SQL: jOOQ copies a parameter of a converted type when it
            // extracts the statement's parameters, so the recorded one would not be found among them
            return DSL.field("cast({0} as {1})", type, typed(value, (DataType<Object>) type.getSQLDataType()), enumType);
        }
        Param<Object> p = DSL.val(value, type);
        BindTrace t = current();
        int at = t == null ? -1 : t.slotOf(value);
        if (at >= 0) {
            // a slot keeps its value's class: when that is already the column's, no value of it needs converting
            t.record(p, type.getType().isInstance(value) ? new BindSource.Jdbc(at) : new BindSource.Typed(at, type), at);
        }
        return p;
    }

    /** The lookup's text value as it is. */
    public static Param<String> text(Object value) {
        Param<String> p = DSL.val((String) value);
        BindTrace t = current();
        int at = t == null ? -1 : t.slotOf(value);
        if (at >= 0) {
            t.record(p, new BindSource.Jdbc(at), at);
        }
        return p;
    }

    /** The lookup's text value inside a LIKE pattern, escaped. */
    public static Param<String> pattern(String prefix, Object value, String suffix) {
        Param<String> p = DSL.val(prefix + LookupSql.escape(value) + suffix);
        BindTrace t = current();
        int at = t == null ? -1 : t.slotOf(value);
        if (at >= 0) {
            t.record(p, new BindSource.Pattern(at, prefix, suffix), at);
        }
        return p;
    }

    /** The lookup's text value between a prefix and a suffix, nothing escaped. */
    static Param<String> affixed(String prefix, Object value, String suffix) {
        Param<String> p = DSL.val(prefix + value + suffix);
        BindTrace t = current();
        int at = t == null ? -1 : t.slotOf(value);
        if (at >= 0) {
            t.record(p, new BindSource.Affixed(at, prefix, suffix), at);
        }
        return p;
    }

    /** {@code param}, which binds the whole {@code in} list {@code values} as one array. */
    static <P extends Param<?>> P array(P param, List<?> values) {
        BindTrace t = current();
        if (t != null && t.slot >= 0 && t.array && t.value instanceof InListSql.Values v && v.values() == values) {
            t.record(param, new BindSource.ArrayOf(t.slot), t.slot);
        }
        return param;
    }

    /** The offset or the limit of {@code query}. */
    static Param<Long> slice(SelectQuery<?> query, long value, boolean limit) {
        Param<Long> p = DSL.val(value);
        BindTrace t = current();
        int at = t == null || !t.sliced.contains(query) ? -1 : limit ? t.limitSlot : t.offsetSlot;
        if (at >= 0) {
            t.record(p, new BindSource.Raw(at), at);
        }
        return p;
    }

    private void record(Param<?> p, BindSource source, int at) {
        sources.put(p, source);
        recorded.set(at);
    }

    /** The slot a value handed to the current lookup's renderer came from, or -1. */
    private int slotOf(Object v) {
        if (slot < 0 || array) {
            return -1; // not a lookup with slots, or one slot for a whole list (recorded by array() only)
        }
        if (v == value) {
            return slot;
        }
        List<?> list = value instanceof InListSql.Values values ? values.values() : value instanceof List<?> l ? l : null;
        if (list == null) {
            return -1;
        }
        // by identity and in order: a list may hold equal values, each its own slot
        for (int i = nextElement; i < list.size(); i++) {
            if (list.get(i) == v) {
                nextElement = i + 1;
                return slot + i;
            }
        }
        return -1;
    }
}
