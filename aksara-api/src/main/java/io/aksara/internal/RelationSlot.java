package io.aksara.internal;

import io.aksara.Model;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The code behind {@code Model}'s private relation-state field. A state is set by compare-and-set, never
 * under the instance's own monitor (that one is the user's). A state {@linkplain RelationState#shared()
 * shared} by the owners of one prefetch is replaced by the owner's own copy before anything reads
 * or changes it, so every caller below sees a state of this owner only.
 */
public final class RelationSlot {
    /**
     * {@code Model.relations}, found here rather than passed in: a VarHandle in a static final is a
     * constant the JIT turns into one compare-and-set instruction, one passed as an argument is
     * checked and dispatched on every call (a tenth of a prefetch's CPU, one call per owner).
     */
    private static final VarHandle SLOT;
    static {
        try {
            SLOT = MethodHandles.privateLookupIn(Model.class, MethodHandles.lookup())
                    .findVarHandle(Model.class, "relations", RelationState.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private RelationSlot() {}

    /** The owner's own state (made from a shared one first), or a new one when {@code create}, else null. */
    public static RelationState relations(Model m, boolean create) {
        RelationState r = own(m);
        if (r == null && create) {
            RelationState fresh = new RelationState();
            r = SLOT.compareAndSet(m, (RelationState) null, fresh) ? fresh : own(m);
        }
        return r;
    }

    /** Loads a relation's value: the usual case of a prefetch, a state made holding it. */
    public static void load(Model m, String relation, Object value) {
        RelationState r = own(m);
        if (r == null) {
            if (SLOT.compareAndSet(m, (RelationState) null, RelationState.holding(relation, value))) {
                return;
            }
            r = own(m);
        }
        r.load(relation, value);
    }

    /** As {@link #load(Model, String, Object)}, the owner's group of a grouped result, its list made on first read. */
    public static void load(Model m, String relation, RelationState.Grouped rows, int group) {
        RelationState r = own(m);
        if (r == null) {
            if (SLOT.compareAndSet(m, (RelationState) null, RelationState.holding(relation, rows, group))) {
                return;
            }
            r = own(m);
        }
        r.load(relation, rows, group);
    }

    /**
     * Gives an owner that has no state yet the state all owners of one prefetch share; false
     * (and nothing changed) when it has one, which then takes the relation by {@link #load}.
     */
    public static boolean share(Model m, RelationState shared) {
        return SLOT.compareAndSet(m, (RelationState) null, shared);
    }

    /** The instance's state, its own copy made first when it is a shared one (copy on first use). */
    private static RelationState own(Model m) {
        RelationState r = (RelationState) SLOT.getVolatile(m);
        while (r != null && r.shared()) {
            RelationState mine = r.ownedBy(m);
            if (SLOT.compareAndSet(m, r, mine)) {
                return mine;
            }
            r = (RelationState) SLOT.getVolatile(m); // another thread made it first
        }
        return r;
    }
}
