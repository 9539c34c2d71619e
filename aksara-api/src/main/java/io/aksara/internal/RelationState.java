package io.aksara.internal;

import io.aksara.Model;
import java.util.Arrays;

/**
 * What one model instance knows about its relations beyond its own columns: whether it came from
 * a strict QuerySet, and the related rows loaded with it ({@code prefetchRelated} lists, reverse
 * one-to-one instances, {@code Prefetch.to(...)} lists), by relation name. Created on first use,
 * so instances loaded without relations carry nothing.
 *
 * <p>An instance holds one or two loaded relations in practice, and a prefetch gives one to every
 * owner it loads: the first is kept in two fields and any further ones in two small arrays
 * searched in order, instead of a hash table with an entry object per relation (136 bytes per
 * owner for one relation, now none beyond this object). The further ones share one array of
 * name, value pairs (ended by the first empty name, so no count field), which keeps this object
 * at 32 bytes with room for {@link #firstGroup}.
 *
 * <p>A reverse prefetch gives each owner its part of one shared, grouped result: the first
 * relation may be held as that {@link Grouped} result and the owner's group number, and its list
 * is made on first read. An owner whose rows nobody reads costs this object only, not a list view
 * besides it.
 */
public final class RelationState {
    /** Stored for a reverse one-to-one that was loaded and found no row. */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "ABSENT";
        }
    };

    /**
     * Rows of many owners, kept together and grouped by owner (a reverse prefetch's result): an
     * owner's value is made from it on first read.
     */
    public interface Grouped {
        /** The value of group {@code group} (an immutable list); made once per owner, on its first read. */
        Object group(int group);

        /**
         * The group of {@code owner}, one of the owners the rows were grouped for (-1: none of
         * them); only a result its owners {@linkplain #shared share} is asked.
         */
        default int groupOf(Model owner) {
            return -1;
        }
    }

    private volatile boolean strict;
    /**
     * Held by every owner of one prefetch until one of them first reads or changes its relations,
     * which then gets its own copy ({@link #ownedBy}): so the owners whose rows are never read
     * cost no state of their own. Never changed while shared.
     */
    private boolean shared;
    /** The first relation loaded (null: none yet) and its value. */
    private String firstName;
    /** The first relation's value; a {@link Grouped} with {@link #firstGroup} until it is first read. */
    private Object firstValue;
    /** The owner's group in {@link #firstValue} while that is a {@link Grouped}. */
    private int firstGroup;
    /** Relations loaded after the first, as name, value pairs up to the first null name: rare. */
    private Object[] more;

    /** A state whose first loaded relation is {@code relation}, published by its owner's compare-and-set. */
    public static RelationState holding(String relation, Object value) {
        RelationState state = new RelationState();
        state.firstName = relation;
        state.firstValue = value;
        return state;
    }

    /**
     * A state whose first loaded relation is group {@code group} of {@code rows}, its list made on
     * first read; published by its owner's compare-and-set.
     */
    public static RelationState holding(String relation, Grouped rows, int group) {
        RelationState state = holding(relation, rows);
        state.firstGroup = group;
        return state;
    }

    /**
     * The state all owners of one grouped result share, its first relation {@code relation}: each
     * owner's group is found (by {@link Grouped#groupOf}) when it takes its own copy.
     */
    public static RelationState shared(String relation, Grouped rows) {
        RelationState state = holding(relation, rows);
        state.shared = true;
        return state;
    }

    /** Whether this is a {@link #shared} state, which its owners copy before using it. */
    public boolean shared() {
        return shared;
    }

    /** The owner's own copy of this shared state: its group of the shared rows, made into a list on first read. */
    RelationState ownedBy(Model owner) {
        Grouped rows = (Grouped) firstValue;
        return holding(firstName, rows, rows.groupOf(owner));
    }

    public boolean strict() {
        return strict;
    }

    public void strict(boolean value) {
        strict = value;
    }

    /** The rows loaded for a relation, or null when it was not loaded. */
    public synchronized Object loaded(String relation) {
        if (relation.equals(firstName)) {
            if (firstValue instanceof Grouped rows) { // first read: the owner's list, kept from now on
                firstValue = rows.group(firstGroup);
            }
            return firstValue;
        }
        int i = indexOfMore(relation);
        return i < 0 ? null : more[2 * i + 1];
    }

    public synchronized boolean isLoaded(String relation) {
        return relation.equals(firstName) || indexOfMore(relation) >= 0;
    }

    public synchronized void load(String relation, Object value) {
        if (firstName == null || relation.equals(firstName)) {
            firstName = relation;
            firstValue = value;
            return;
        }
        int i = indexOfMore(relation);
        if (i >= 0) {
            more[2 * i + 1] = value;
            return;
        }
        int count = moreCount();
        if (more == null) {
            more = new Object[4];
        } else if (2 * count == more.length) {
            more = Arrays.copyOf(more, more.length * 2);
        }
        more[2 * count] = relation;
        more[2 * count + 1] = value;
    }

    /** {@link #load} of group {@code group} of {@code rows}: kept as it is when it is the first relation. */
    public synchronized void load(String relation, Grouped rows, int group) {
        if (firstName == null || relation.equals(firstName)) {
            firstName = relation;
            firstValue = rows;
            firstGroup = group;
            return;
        }
        load(relation, rows.group(group)); // a further relation: made now (rare)
    }

    /** Forgets a relation's loaded rows (after a write through its manager made them stale). */
    public synchronized void forget(String relation) {
        int count = moreCount();
        if (relation.equals(firstName)) {
            if (count > 0) { // the last of the others moves up
                count--;
                firstName = (String) more[2 * count];
                firstValue = more[2 * count + 1];
                more[2 * count] = null;
                more[2 * count + 1] = null;
            } else {
                firstName = null;
                firstValue = null;
            }
            return;
        }
        int i = indexOfMore(relation);
        if (i >= 0) {
            count--;
            more[2 * i] = more[2 * count];
            more[2 * i + 1] = more[2 * count + 1];
            more[2 * count] = null;
            more[2 * count + 1] = null;
        }
    }

    /** How many pairs {@link #more} holds: up to its first null name. */
    private int moreCount() {
        if (more == null) {
            return 0;
        }
        int i = 0;
        while (2 * i < more.length && more[2 * i] != null) {
            i++;
        }
        return i;
    }

    private int indexOfMore(String relation) {
        if (more == null) {
            return -1;
        }
        for (int i = 0; 2 * i < more.length && more[2 * i] != null; i++) {
            if (more[2 * i].equals(relation)) {
                return i;
            }
        }
        return -1;
    }
}
