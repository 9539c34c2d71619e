package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The jOOQ interop suite on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerJooqInteropTest extends JooqInteropSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
