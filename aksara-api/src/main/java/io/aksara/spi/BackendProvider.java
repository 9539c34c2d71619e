package io.aksara.spi;

import io.aksara.DatabaseConfig;

/**
 * Opens {@link Backend}s; found with {@link java.util.ServiceLoader}, so the API has no compile-time
 * dependency on the SQL side. {@code aksara-jooq-bridge} provides the implementation.
 */
public interface BackendProvider {
    /**
     * Opens a connection pool for the configuration.
     *
     * @param alias  the name the database is configured under ({@code default}, ...); instances
     *               loaded through the backend remember it, so {@code save()} goes back to it
     * @param config where the database is
     */
    Backend open(String alias, DatabaseConfig config);
}
