package io.aksara.internal;

import io.aksara.Model;
import java.lang.invoke.VarHandle;

/**
 * The code behind {@code Model}'s relation-state field, which {@code Model} passes in as a
 * {@link VarHandle} (the field stays private there). A state is set by compare-and-set, never
 * under the instance's own monitor (that one is the user's). A state {@linkplain RelationState#shared()
 * shared} by the owners of one prefetch is replaced by the owner's own copy before anything reads
 * or changes it, so every caller below sees a state of this owner only.
 */
public final class RelationSlot {
    private RelationSlot() {}

    /** The owner's own state (made from a shared one first), or a new one when {@code create}, else null. */
    public static RelationState relations(VarHandle slot, Model m, boolean create) {
        RelationState r = own(slot, m);
        if (r == null && create) {
            RelationState fresh = new RelationState();
            r = slot.compareAndSet(m, (RelationState) null, fresh) ? fresh : own(slot, m);
        }
        return r;
    }

    /** Loads a relation's value: the usual case of a prefetch, a state made holding it. */
    public static void load(VarHandle slot, Model m, String relation, Object value) {
        RelationState r = own(slot, m);
        if (r == null) {
            if (slot.compareAndSet(m, (RelationState) null, RelationState.holding(relation, value))) {
                return;
            }
            r = own(slot, m);
        }
        r.load(relation, value);
    }

    /** As {@link #load(VarHandle, Model, String, Object)}, the owner's group of a grouped result, its list made on first read. */
    public static void load(VarHandle slot, Model m, String relation, RelationState.Grouped rows, int group) {
        RelationState r = own(slot, m);
        if (r == null) {
            if (slot.compareAndSet(m, (RelationState) null, RelationState.holding(relation, rows, group))) {
                return;
            }
            r = own(slot, m);
        }
        r.load(relation, rows, group);
    }

    /**
     * Gives an owner that has no state yet the state all owners of one prefetch share; false
     * (and nothing changed) when it has one, which then takes the relation by {@link #load}.
     */
    public static boolean share(VarHandle slot, Model m, RelationState shared) {
        return slot.compareAndSet(m, (RelationState) null, shared);
    }

    /** The instance's state, its own copy made first when it is a shared one (copy on first use). */
    private static RelationState own(VarHandle slot, Model m) {
        RelationState r = (RelationState) slot.getVolatile(m);
        while (r != null && r.shared()) {
            RelationState mine = r.ownedBy(m);
            if (slot.compareAndSet(m, r, mine)) {
                return mine;
            }
            r = (RelationState) slot.getVolatile(m); // another thread made it first
        }
        return r;
    }
}
