package io.aksara.internal;

import java.util.Map;
import java.util.Set;

/**
 * What {@code Model} keeps of where an instance came from, in one field: null (never loaded or
 * saved), the database alias (a {@link String}: a row loaded with all its fields and no
 * annotations, the usual case), or this holder of the alias, the fields {@code only()}/{@code
 * defer()} left out and the instance's annotations. One field instead of three makes every
 * instance 8 bytes smaller (a model of four fields: 40 bytes instead of 48).
 *
 * @param database    the alias, or null
 * @param deferred    the fields not loaded (immutable)
 * @param annotations the annotations, by name (immutable)
 */
public record InstanceOrigin(String database, Set<String> deferred, Map<String, Object> annotations) {
    /**
     * The holder made last for a deferred row without annotations: a query's rows share one
     * (its mapper passes the same set for every row) rather than making one each. Plain: a
     * thread that sees an older one only makes a new one.
     */
    private static InstanceOrigin lastDeferred;

    /** The alias in {@code origin}, or null. */
    public static String database(Object origin) {
        return origin instanceof InstanceOrigin o ? o.database : (String) origin;
    }

    /** The fields {@code origin} records as not loaded; empty when all were. */
    public static Set<String> deferred(Object origin) {
        return origin instanceof InstanceOrigin o ? o.deferred : Set.of();
    }

    /** The annotations in {@code origin}; empty when there are none. */
    public static Map<String, Object> annotations(Object origin) {
        return origin instanceof InstanceOrigin o ? o.annotations : Map.of();
    }

    /** {@code origin} with another alias. */
    public static Object withDatabase(Object origin, String database) {
        return origin instanceof InstanceOrigin o ? of(database, o.deferred, o.annotations) : database;
    }

    /** {@code origin} with other deferred fields (an immutable set). */
    public static Object withDeferred(Object origin, Set<String> deferred) {
        String database = database(origin);
        Map<String, Object> annotations = annotations(origin);
        InstanceOrigin last = lastDeferred;
        if (annotations.isEmpty() && last != null && last.deferred == deferred && last.database == database) {
            return last;
        }
        Object made = of(database, deferred, annotations);
        if (annotations.isEmpty() && made instanceof InstanceOrigin o) {
            lastDeferred = o;
        }
        return made;
    }

    /** {@code origin} with other annotations (an immutable map). */
    public static Object withAnnotations(Object origin, Map<String, Object> annotations) {
        return of(database(origin), deferred(origin), annotations);
    }

    /** The alias alone when nothing else is recorded, else a holder. */
    private static Object of(String database, Set<String> deferred, Map<String, Object> annotations) {
        return deferred.isEmpty() && annotations.isEmpty() ? database : new InstanceOrigin(database, deferred, annotations);
    }
}
