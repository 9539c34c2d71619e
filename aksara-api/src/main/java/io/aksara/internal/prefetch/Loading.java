package io.aksara.internal.prefetch;

import io.aksara.Model;
import io.aksara.Prefetch;
import io.aksara.Ref;
import io.aksara.internal.ModelInternals;
import io.aksara.internal.RelationState;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a QuerySet runs and what it does with its rows once they are read: its time limit, the
 * {@code prefetchRelated} lookups to run, and whether the rows are strict (the N+1 guard).
 * Immutable, like the QuerySet that holds it.
 *
 * @param prefetches the lookups, in the order given
 * @param strict     rows (and the rows loaded with them) refuse queries for relations not loaded
 * @param timeout    the QuerySet's {@code timeout(...)}, or null for the database's default
 */
public record Loading(List<Prefetch> prefetches, boolean strict, Duration timeout) {
    /** Nothing to do after reading. */
    public static final Loading NONE = new Loading(List.of(), false, null);

    public Loading {
        prefetches = List.copyOf(prefetches);
    }

    public Loading withPrefetches(List<Prefetch> more) {
        if (prefetches.isEmpty()) {
            return new Loading(more, strict, timeout); // the usual first call: no list built to be copied again
        }
        List<Prefetch> all = new ArrayList<>(prefetches);
        all.addAll(more);
        return new Loading(all, strict, timeout);
    }

    public Loading withStrict(boolean value) {
        return new Loading(prefetches, value, timeout);
    }

    public Loading withTimeout(Duration limit) {
        return new Loading(prefetches, strict, limit);
    }

    /** Whether reading rows needs any work here. */
    public boolean isEmpty() {
        return prefetches.isEmpty() && !strict;
    }

    /** Marks and prefetches onto freshly read rows; returns them. */
    public <T extends Model> List<T> apply(List<T> rows, String database) {
        if (rows.isEmpty() || isEmpty()) {
            return rows;
        }
        if (strict) {
            for (T row : rows) {
                markStrict(row);
            }
        }
        Prefetcher.run(rows, prefetches, database, strict);
        return rows;
    }

    /** Strictness covers the rows joined by {@code selectRelated} too: they came in the same row. */
    private static void markStrict(Model row) {
        ModelInternals.relations(row).strict(true);
        for (FieldMeta<?, ?> f : ModelRegistry.metaOf(row.getClass()).fields()) {
            if (f.isRelation() && f.getUnchecked(row) instanceof Ref<?> ref && ref.isLoaded()) {
                Model target = ref.get();
                if (!(ModelInternals.relationsIfAny(target) instanceof RelationState s && s.strict())) {
                    markStrict(target);
                }
            }
        }
    }
}
