package io.aksara.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one model instance knows about its relations beyond its own columns: whether it came from
 * a strict QuerySet, and the related rows loaded with it ({@code prefetchRelated} lists, reverse
 * one-to-one instances, {@code Prefetch.to(...)} lists), by relation name. Created on first use,
 * so instances loaded without relations carry nothing.
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
    /** Sized for the few relations an instance usually has loaded: one per prefetched row would otherwise carry a table of 16. */
    private final Map<String, Object> loaded = new LinkedHashMap<>(4);

    public boolean strict() {
        return strict;
    }

    public void strict(boolean value) {
        strict = value;
    }

    /** The rows loaded for a relation, or null when it was not loaded. */
    public synchronized Object loaded(String relation) {
        return loaded.get(relation);
    }

    public synchronized boolean isLoaded(String relation) {
        return loaded.containsKey(relation);
    }

    public synchronized void load(String relation, Object value) {
        loaded.put(relation, value);
    }

    /** Forgets a relation's loaded rows (after a write through its manager made them stale). */
    public synchronized void forget(String relation) {
        loaded.remove(relation);
    }
}
