package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The timeout suite on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerTimeoutTest extends TimeoutSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
