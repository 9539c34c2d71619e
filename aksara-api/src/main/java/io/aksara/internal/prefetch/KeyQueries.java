package io.aksara.internal.prefetch;

import io.aksara.CompiledQuery;
import io.aksara.errors.AksaraException;
import io.aksara.Model;
import io.aksara.Param;
import io.aksara.QuerySet;
import io.aksara.meta.ModelMeta;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A prefetch level's query of its rows by the owners' keys when the level has no QuerySet of its
 * own ({@code field__in} on the model's default QuerySet), compiled once per model, field, database
 * and strictness: a fetch then binds only its list of keys. On a database that binds an {@code in}
 * list as one array, the compiled query's kept plan runs it with no QuerySet, lookup, filter or
 * plan-cache look-up per fetch; elsewhere, and whenever the compiled query takes its usual path (a
 * query router, a tenant guard, ...), it runs as the QuerySet it was compiled from would.
 */
final class KeyQueries {
    /** Bounded: past this many (models re-registered by tests without end) the kept queries start over. */
    private static final int MAX_KEPT = 1_000;

    private record Key(ModelMeta<?> target, String field, String database, boolean strict) {}

    /** Kept for a query that does not compile (whatever compile() refuses): that level takes the usual path. */
    private static final Object NONE = new Object();

    private static final Map<Key, Object> KEPT = new ConcurrentHashMap<>();

    private KeyQueries() {}

    /**
     * Whether the keys of {@code step}'s level are single values: not those of a composite key,
     * which {@code in} takes as {@code CompositeKey}s and expands into a condition per key.
     */
    static boolean plainKeys(PrefetchStep step, String field) {
        return field.equals("pk") ? !step.target().hasCompositeKey() : !step.field().compositeRelation();
    }

    /**
     * The rows of {@code target} whose {@code field} is one of {@code keys}, as
     * {@code base.filter(field + "__in", keys).fetch()}; null when that query does not compile,
     * and the caller runs it so.
     */
    @SuppressWarnings("unchecked")
    static List<Model> fetch(ModelMeta<?> target, String field, List<Object> keys, String database, boolean strict) {
        Key key = new Key(target, field, database, strict);
        Object query = KEPT.get(key);
        if (query == null) {
            if (KEPT.size() >= MAX_KEPT) {
                KEPT.clear();
            }
            query = KEPT.computeIfAbsent(key, KeyQueries::compile);
        }
        return query == NONE ? null : (List<Model>) ((CompiledQuery<?>) query).with("keys", keys).fetch();
    }

    private static Object compile(Key key) {
        QuerySet<?> base = QuerySet.of(key.target());
        if (key.database() != null) {
            base = base.using(key.database());
        }
        if (key.strict()) {
            base = base.strict();
        }
        try {
            return base.filter(key.field() + "__in", Param.param("keys")).compile();
        } catch (AksaraException refused) { // a lookup that takes no parameter here: the usual path says what is wrong, if anything
            return NONE;
        }
    }
}
