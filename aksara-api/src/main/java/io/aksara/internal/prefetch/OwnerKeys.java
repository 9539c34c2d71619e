package io.aksara.internal.prefetch;

import io.aksara.Model;
import io.aksara.internal.CompositeKeys;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import java.util.Arrays;
import java.util.List;

/**
 * The saved owners' keys of one prefetch level, each once and in order, with the position of
 * each: the {@code IN} list, and the group a loaded row's key belongs to. Integer keys in a
 * narrow range (a page of owners by id, the usual case) are found by their offset in one array;
 * other keys by an open-addressing table of positions (the keys themselves stay in the list). A
 * hundred owners make two or three arrays rather than a hash entry and a set entry each.
 */
final class OwnerKeys {
    /** Integer keys are looked up by offset while their range is at most this many times their count (plus a little). */
    private static final int DENSE_SPREAD = 2;

    private final Object[] keys;
    private final int count;
    /**
     * For each owner, in the given order: the position of its key, or -1 when it is unsaved; null
     * when every owner has a key of its own, so the i-th owner's key is at position i (the usual
     * case, and one int per owner less).
     */
    private final int[] groupOfOwner;
    /**
     * Dense: by key minus {@link #min}, one more than the key's position (0: no owner has it).
     * Otherwise by hash (power-of-two length, at most half full), one more than the position of
     * the key in {@link #keys}, 0 for an empty slot.
     */
    private final int[] table;
    /** The smallest key when {@link #dense}. */
    private final int min;
    private final boolean dense;

    private OwnerKeys(List<? extends Model> owners) {
        int n = owners.size();
        Object[] distinct = new Object[n]; // first each owner's key, then (compacted in place) each key once
        boolean allInts = n > 0;
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        Class<?> type = n == 0 ? null : owners.getFirst().getClass();
        ModelMeta<?> meta = n == 0 ? null : ModelRegistry.metaOf(type);
        for (int i = 0; i < n; i++) { // by index: no iterator
            Model owner = owners.get(i);
            // pk() as it reads, without its registry lookup per owner for the (usual) owners of one class
            Object key = owner.getClass() == type ? CompositeKeys.valueOf(meta, owner) : owner.pk();
            distinct[i] = key;
            if (key instanceof Integer k) {
                low = Math.min(low, k);
                high = Math.max(high, k);
            } else if (key != null) {
                allInts = false;
            }
        }
        this.keys = distinct; // slotOf reads it while the table fills
        this.dense = allInts && low <= high && high - low < (long) DENSE_SPREAD * n + 16;
        this.min = dense ? (int) low : 0;
        this.table = new int[dense ? (int) (high - low + 1) : Math.max(4, Integer.highestOneBit(Math.max(1, n)) << 2)];
        int[] groups = null;
        int next = 0;
        for (int i = 0; i < n; i++) {
            Object key = distinct[i];
            int group = -1;
            if (key != null) {
                int slot = dense ? (Integer) key - min : slotOf(key);
                if (table[slot] == 0) {
                    distinct[next++] = key; // next <= i: that owner's key was read already
                    table[slot] = next;
                }
                group = table[slot] - 1;
            }
            if (groups == null && group != i) { // the first owner without a key of its own
                groups = new int[n];
                for (int j = 0; j < i; j++) {
                    groups[j] = j;
                }
            }
            if (groups != null) {
                groups[i] = group;
            }
        }
        Arrays.fill(distinct, next, n, null);
        this.groupOfOwner = groups;
        this.count = next;
    }

    static OwnerKeys of(List<? extends Model> owners) {
        return new OwnerKeys(owners);
    }

    /** How many distinct keys. */
    int size() {
        return count;
    }

    /** Whether the i-th owner's key is the i-th key for every owner: each has a key of its own. */
    boolean onePerOwner() {
        return groupOfOwner == null;
    }

    /** The distinct keys in the owners' order, as the immutable list the {@code IN} lookup keeps as it is. */
    List<Object> list() {
        return count == keys.length ? List.of(keys) : List.of(Arrays.copyOf(keys, count));
    }

    /** The position of {@code owner}'s (the i-th owner's) key, or -1 when it has none. */
    int groupOf(int owner) {
        return groupOfOwner == null ? owner : groupOfOwner[owner];
    }

    /** The position of a key, or -1 when no owner has it. */
    int indexOf(Object key) {
        if (key == null) {
            return -1;
        }
        if (dense) { // an offset, no hash or equals; a key of another class is no owner's, as equals would say
            if (!(key instanceof Integer k) || k < min || (long) k - min >= table.length) {
                return -1;
            }
            return table[k - min] - 1;
        }
        return table[slotOf(key)] - 1; // -1 for the empty slot
    }

    /** The slot holding {@code key}, or the empty one where it would go (linear probing). */
    private int slotOf(Object key) {
        int mask = table.length - 1;
        int h = key.hashCode() * 0x9E3779B9; // spread: consecutive keys would otherwise fill one run
        int slot = (h ^ (h >>> 16)) & mask;
        while (table[slot] != 0 && !keys[table[slot] - 1].equals(key)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
