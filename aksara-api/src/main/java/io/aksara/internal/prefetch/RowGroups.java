package io.aksara.internal.prefetch;

import io.aksara.Model;
import io.aksara.internal.RelationState;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The rows of a reverse prefetch grouped by owner: one array of all rows, ordered by owner with
 * each owner's rows in the order they were fetched (a counting sort), and each owner's list an
 * immutable view of its part. Replaces a hash entry, a growing list and its immutable copy per
 * owner. An owner's {@code RelationState} may keep this and the owner's group instead of the view,
 * which is then made on the relation's first read.
 */
final class RowGroups implements RelationState.Grouped {
    private final Model[] sorted;
    /** Where each group's rows start in {@link #sorted}; group g ends where g + 1 starts. */
    private final int[] starts;
    /**
     * For a result its owners share ({@link RelationState#shared}): the owners, each the only one
     * of its key, so owner i has group i; null otherwise. A copy: the caller's list may change.
     */
    private final Model[] owners;
    private final OwnerKeys keys;

    private RowGroups(Model[] sorted, int[] starts, Model[] owners, OwnerKeys keys) {
        this.sorted = sorted;
        this.starts = starts;
        this.owners = owners;
        this.keys = keys;
    }

    /**
     * The same groups, to be shared by {@code owners} (each with a key of its own, in the order of
     * {@code keys}) through one {@link RelationState#shared} state: an owner's group is found when
     * it first uses its state.
     */
    RowGroups sharedBy(List<? extends Model> owners, OwnerKeys keys) {
        return new RowGroups(sorted, starts, owners.toArray(new Model[0]), keys);
    }

    @Override
    public int groupOf(Model owner) {
        if (owners == null) {
            return -1;
        }
        int g = keys.indexOf(owner.pk()); // by its key, checked by identity: the key may have been changed since
        if (g >= 0 && owners[g] == owner) {
            return g;
        }
        for (int i = 0; i < owners.length; i++) {
            if (owners[i] == owner) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Groups {@code rows} by {@code groupOfRow} (a group in {@code [0, groups)}, or -1 for a row
     * no owner claims, which is left out).
     */
    static RowGroups of(List<Model> rows, int[] groupOfRow, int groups) {
        // counts, summed to each group's end, then filled backwards from the ends: each entry ends
        // as its group's start, and walking the rows backwards keeps a group's rows in their order
        // (no second array of fill positions)
        int[] starts = new int[groups + 1];
        for (int g : groupOfRow) {
            if (g >= 0) {
                starts[g]++;
            }
        }
        for (int g = 1; g <= groups; g++) {
            starts[g] += starts[g - 1];
        }
        Model[] sorted = new Model[starts[groups]]; // the last group's end: every claimed row
        for (int i = groupOfRow.length - 1; i >= 0; i--) {
            int g = groupOfRow[i];
            if (g >= 0) {
                sorted[--starts[g]] = rows.get(i);
            }
        }
        return new RowGroups(sorted, starts, null, null);
    }

    /** {@link #of}: an owner's list, made when its relation is first read. */
    @Override
    public Object group(int g) {
        return of(g);
    }

    /** The rows of group {@code g} (none for -1), as an immutable list. */
    List<Model> of(int g) {
        if (g < 0 || starts[g] == starts[g + 1]) {
            return List.of();
        }
        return new Part(this, g);
    }

    /**
     * An owner's rows: a read-only window on the shared array (the array is never written after
     * grouping). It keeps its groups and its number rather than the array and two bounds: one per
     * owner, so 24 bytes instead of 32.
     */
    private static final class Part extends AbstractList<Model> implements RandomAccess {
        private final RowGroups groups;
        private final int group;

        Part(RowGroups groups, int group) {
            this.groups = groups;
            this.group = group;
        }

        @Override
        public Model get(int index) {
            int from = groups.starts[group];
            if (index < 0 || index >= groups.starts[group + 1] - from) {
                throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size());
            }
            return groups.sorted[from + index];
        }

        @Override
        public int size() {
            return groups.starts[group + 1] - groups.starts[group];
        }
    }
}
