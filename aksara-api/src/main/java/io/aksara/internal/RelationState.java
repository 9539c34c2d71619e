package io.aksara.internal;

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
 * name, value pairs, which keeps this object at 32 bytes rather than 40.
 */
public final class RelationState {
    /** Stored for a reverse one-to-one that was loaded and found no row. */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "ABSENT";
        }
    };

    private volatile boolean strict;
    /** The first relation loaded (null: none yet) and its value. */
    private String firstName;
    private Object firstValue;
    /** Relations loaded after the first, {@code moreCount} of them as name, value pairs: rare. */
    private Object[] more;
    private int moreCount;

    /** A state whose first loaded relation is {@code relation}, published by its owner's compare-and-set. */
    public static RelationState holding(String relation, Object value) {
        RelationState state = new RelationState();
        state.firstName = relation;
        state.firstValue = value;
        return state;
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
        if (more == null) {
            more = new Object[4];
        } else if (2 * moreCount == more.length) {
            more = Arrays.copyOf(more, more.length * 2);
        }
        more[2 * moreCount] = relation;
        more[2 * moreCount++ + 1] = value;
    }

    /** Forgets a relation's loaded rows (after a write through its manager made them stale). */
    public synchronized void forget(String relation) {
        if (relation.equals(firstName)) {
            if (moreCount > 0) { // the last of the others moves up
                moreCount--;
                firstName = (String) more[2 * moreCount];
                firstValue = more[2 * moreCount + 1];
                more[2 * moreCount] = null;
                more[2 * moreCount + 1] = null;
            } else {
                firstName = null;
                firstValue = null;
            }
            return;
        }
        int i = indexOfMore(relation);
        if (i >= 0) {
            moreCount--;
            more[2 * i] = more[2 * moreCount];
            more[2 * i + 1] = more[2 * moreCount + 1];
            more[2 * moreCount] = null;
            more[2 * moreCount + 1] = null;
        }
    }

    private int indexOfMore(String relation) {
        for (int i = 0; i < moreCount; i++) {
            if (more[2 * i].equals(relation)) {
                return i;
            }
        }
        return -1;
    }
}
