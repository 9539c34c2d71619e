package io.aksara.routing;

import io.aksara.Model;
import io.aksara.query.SelectQuery;

/**
 * A {@link Router} that also looks at the query itself: where a QuerySet's read or write goes can
 * depend on its filter (a shard key compared by equality), and a bulk write may be split by
 * instance. Aksara asks {@link #dbForQuery} before {@link #dbForRead}/{@link #dbForWrite} for every
 * QuerySet operation that names no database.
 *
 * <pre>{@code
 * final class ByRegion implements QueryRouter {
 *     public String dbForQuery(SelectQuery<?> query, boolean write) {
 *         return query.model().type() == Store.class ? regionFilteredOn(query) : null;
 *     }
 * }
 * }</pre>
 */
public interface QueryRouter extends Router {
    /**
     * The database for this QuerySet operation, or null for no opinion (then
     * {@link #dbForRead}/{@link #dbForWrite} are asked with no instance).
     *
     * @param write true for an update, delete, {@code selectForUpdate} or the read of a
     *              {@code getOrCreate}
     */
    default String dbForQuery(SelectQuery<?> query, boolean write) {
        return null;
    }

    /**
     * Whether a bulk write of {@code model} ({@code bulkCreate}, {@code bulkUpdate}, {@code upsert})
     * should be split by the database {@link #dbForWrite} picks for each instance; false keeps
     * one database for the whole list.
     */
    default boolean routesEachInstance(Class<? extends Model> model) {
        return false;
    }
}
