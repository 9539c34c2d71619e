package io.aksara.internal.prefetch;

import io.aksara.Model;
import io.aksara.internal.CompositeKeys;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import java.util.Arrays;
import java.util.List;

/**
 * The saved owners' keys of one prefetch level, each once and in order, with the position of
 * each: the {@code IN} list, and the group a loaded row's key belongs to. An open-addressing
 * table of positions (the keys themselves stay in the list), so a hundred owners make three
 * arrays rather than a hash entry and a set entry each.
 */
final class OwnerKeys {
    private final Object[] keys;
    private final int count;
    /** For each owner, in the given order: the position of its key, or -1 when it is unsaved. */
    private final int[] groupOfOwner;
    /**
     * By hash (power-of-two length, at most half full): one more than the position of the key in
     * {@link #keys}, 0 for an empty slot. Positions rather than keys: half the table's bytes.
     */
    private final int[] table;

    private OwnerKeys(List<? extends Model> owners) {
        int n = owners.size();
        this.groupOfOwner = new int[n];
        Object[] distinct = new Object[n];
        this.keys = distinct; // slotOf reads it while the table fills
        this.table = new int[Math.max(4, Integer.highestOneBit(Math.max(1, n)) << 2)];
        int next = 0;
        Class<?> type = n == 0 ? null : owners.getFirst().getClass();
        ModelMeta<?> meta = n == 0 ? null : ModelRegistry.metaOf(type);
        for (int i = 0; i < n; i++) { // by index: no iterator
            Model owner = owners.get(i);
            // pk() as it reads, without its registry lookup per owner for the (usual) owners of one class
            Object key = owner.getClass() == type ? CompositeKeys.valueOf(meta, owner) : owner.pk();
            if (key == null) {
                groupOfOwner[i] = -1;
                continue;
            }
            int slot = slotOf(key);
            if (table[slot] == 0) {
                distinct[next++] = key;
                table[slot] = next;
            }
            groupOfOwner[i] = table[slot] - 1;
        }
        this.count = next;
    }

    static OwnerKeys of(List<? extends Model> owners) {
        return new OwnerKeys(owners);
    }

    /** How many distinct keys. */
    int size() {
        return count;
    }

    /** The distinct keys in the owners' order, as the immutable list the {@code IN} lookup keeps as it is. */
    List<Object> list() {
        return count == keys.length ? List.of(keys) : List.of(Arrays.copyOf(keys, count));
    }

    /** The position of {@code owner}'s (the i-th owner's) key, or -1 when it has none. */
    int groupOf(int owner) {
        return groupOfOwner[owner];
    }

    /** The position of a key, or -1 when no owner has it. */
    int indexOf(Object key) {
        if (key == null) {
            return -1;
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
