package io.aksara.it.conformance.ordering;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link OrderingSuite} on the PostgreSQL server. */
class PostgresServerOrderingTest extends OrderingSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
