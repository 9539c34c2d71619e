package io.aksara.internal;

import io.aksara.Model;
import java.util.Map;
import java.util.Set;

/**
 * Access to a model instance's bookkeeping (is it saved, which database it came from) for the
 * backend, without making those setters public API. {@link Model} installs the accessor when it
 * is initialised, the way the JDK shares internals between its packages.
 */
public final class ModelInternals {
    /** Implemented inside {@link Model}. */
    public interface Accessor {
        void markPersisted(Model m, String database);

        boolean isPersisted(Model m);

        String database(Model m);

        void setDeferred(Model m, Set<String> fieldNames);

        Set<String> deferred(Model m);

        void setAnnotations(Model m, Map<String, Object> values);

        RelationState relations(Model m, boolean create);

        void loadRelation(Model m, String relation, Object value);

        void loadRelation(Model m, String relation, RelationState.Grouped rows, int group);

        boolean shareRelations(Model m, RelationState shared);
    }

    private static volatile Accessor accessor;

    private ModelInternals() {}

    /** Called once, by {@link Model}'s static initialiser. */
    public static void install(Accessor a) {
        if (accessor != null) {
            throw new IllegalStateException("already installed");
        }
        accessor = a;
    }

    /** Records that the instance now has a row in the database with this alias. */
    public static void markPersisted(Model m, String database) {
        accessor.markPersisted(m, database);
    }

    public static boolean isPersisted(Model m) {
        return accessor.isPersisted(m);
    }

    /** Records which fields were not loaded ({@code only}/{@code defer}); empty when all were. */
    public static void setDeferred(Model m, Set<String> fieldNames) {
        accessor.setDeferred(m, fieldNames);
    }

    /** The names of the fields not loaded into the instance; empty when all were. */
    public static Set<String> deferred(Model m) {
        return accessor.deferred(m);
    }

    /** Records the annotation values the instance was loaded with. */
    public static void setAnnotations(Model m, Map<String, Object> values) {
        accessor.setAnnotations(m, values);
    }

    /** The instance's relation state, created on first use. */
    public static RelationState relations(Model m) {
        return accessor.relations(m, true);
    }

    /**
     * Records a relation's loaded value on the instance ({@link RelationState#load}); an instance
     * with no state yet gets one already holding it, with a single compare-and-set.
     */
    public static void loadRelation(Model m, String relation, Object value) {
        accessor.loadRelation(m, relation, value);
    }

    /**
     * {@link #loadRelation(Model, String, Object)} of the owner's group of a shared grouped result,
     * whose list is made when the relation is first read.
     */
    public static void loadRelation(Model m, String relation, RelationState.Grouped rows, int group) {
        accessor.loadRelation(m, relation, rows, group);
    }

    /**
     * Gives {@code m} the state all owners of one prefetch share (see {@link RelationState#shared(String, RelationState.Grouped)})
     * when it has none yet; false when it has one, which then takes the relation by {@link #loadRelation}.
     */
    public static boolean shareRelations(Model m, RelationState shared) {
        return accessor.shareRelations(m, shared);
    }

    /** The instance's relation state, or null when nothing was recorded. */
    public static RelationState relationsIfAny(Model m) {
        return accessor.relations(m, false);
    }

    /** The alias of the database the instance was loaded from or saved to, or null. */
    public static String database(Model m) {
        return accessor.database(m);
    }
}
