package io.aksara.jooq.internal.plan;

import io.aksara.jooq.internal.Statements;
import io.aksara.query.Placeholder;
import java.util.ArrayList;
import java.util.List;

/**
 * A kept plan (SQL, binder, the shape's extra) as a compiled query runs it: the slots that are the
 * same in every run are filled in once, and a run puts its parameters' values into the others,
 * with no query built and no shape looked up. Made by {@link PlanCache#compiled} from a query that
 * ran and the template it was bound from.
 *
 * @param <X> the plan's extra (a row mapper)
 */
public final class CompiledPlan<X> {
    private final String sql;
    private final Binder binder;
    private final X extra;
    /** Every slot's value, with null where a parameter's value goes. */
    private final Object[] slots;
    /** For each parameter value, its slot and the class the plan was kept for. */
    private final int[] parameterSlots;
    private final Class<?>[] types;
    /**
     * For a parameter that is an {@code in} list bound as one array: the class of its elements (a
     * run's list must hold only those, as the kept array's SQL type is theirs); null for a plain value.
     */
    private final Class<?>[] elementTypes;
    /** The longest list an array parameter takes on this database (a longer one takes the full path). */
    private final int maxArray;
    private final List<Placeholder> placeholders;

    private CompiledPlan(String sql, Binder binder, X extra, Object[] slots, int[] parameterSlots, Class<?>[] types,
            Class<?>[] elementTypes, int maxArray, List<Placeholder> placeholders) {
        this.sql = sql;
        this.binder = binder;
        this.extra = extra;
        this.slots = slots;
        this.parameterSlots = parameterSlots;
        this.types = types;
        this.elementTypes = elementTypes;
        this.maxArray = maxArray;
        this.placeholders = placeholders;
    }

    /**
     * The plan over these slots of a run, {@code sources[i]} the placeholder that filled slot i or
     * null; a slot holding a list is an {@code in} list bound as one array of at most {@code maxArray}.
     */
    static <X> CompiledPlan<X> of(String sql, Binder binder, X extra, Object[] ranSlots, Placeholder[] sources, int maxArray) {
        Object[] constants = ranSlots.clone();
        List<Integer> at = new ArrayList<>();
        List<Placeholder> placeholders = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            if (sources[i] != null) {
                at.add(i);
                placeholders.add(sources[i]);
                constants[i] = null; // not the first run's value: every run gives its own
            }
        }
        int[] parameterSlots = new int[at.size()];
        Class<?>[] types = new Class<?>[at.size()];
        Class<?>[] elementTypes = new Class<?>[at.size()];
        for (int i = 0; i < parameterSlots.length; i++) {
            parameterSlots[i] = at.get(i);
            types[i] = ranSlots[at.get(i)].getClass();
            if (ranSlots[at.get(i)] instanceof List<?> list) { // QueryShape keeps only a non-empty list of one class
                elementTypes[i] = list.getFirst().getClass();
            }
        }
        return new CompiledPlan<>(sql, binder, extra, constants, parameterSlots, types, elementTypes, maxArray,
                List.copyOf(placeholders));
    }

    public String sql() {
        return sql;
    }

    public X extra() {
        return extra;
    }

    /** The placeholders whose values {@link #binds} takes, in slot order (a parameter used twice comes twice). */
    public List<Placeholder> placeholders() {
        return placeholders;
    }

    /**
     * Every slot's value for these parameter values (prepared by their placeholders, in the order
     * of {@link #placeholders}), or null when one is not of the class the plan was kept for: a plan
     * holds for values of its slots' classes only, so such a run takes the full path.
     */
    public Object[] fill(Object[] prepared) {
        Object[] filled = slots.clone();
        for (int i = 0; i < parameterSlots.length; i++) {
            if (elementTypes[i] != null ? !arrayOf(prepared[i], elementTypes[i]) : prepared[i].getClass() != types[i]) {
                return null;
            }
            filled[parameterSlots[i]] = prepared[i];
        }
        return filled;
    }

    /**
     * Whether a run's list is bound as the kept array: not empty (an empty {@code in} is {@code 1 = 0},
     * another statement), no longer than an array may be, and every element of the kept class.
     */
    private boolean arrayOf(Object value, Class<?> elementType) {
        if (!(value instanceof List<?> list) || list.isEmpty() || list.size() > maxArray) {
            return false;
        }
        for (int i = 0, n = list.size(); i < n; i++) { // by index: the prepared list is an immutable one
            Object v = list.get(i);
            if (v == null || v.getClass() != elementType) {
                return false;
            }
        }
        return true;
    }

    /** The bind values of these {@link #fill filled} slots, in order (for an observer, the SQL log). */
    public List<Object> binds(Object[] filled) {
        return binder.apply(filled);
    }

    /**
     * Sets these {@link #fill filled} slots' bind values straight on a statement, as the usual
     * path's kept plans do ({@link PlanCache.Prepared#binding()}): no list of bind values per run.
     * Only for a run whose values nobody observes ({@link Statements#valuesUnobserved()}).
     */
    public Statements.Binding binding(Object[] filled) {
        return ps -> binder.bind(ps, filled);
    }
}
