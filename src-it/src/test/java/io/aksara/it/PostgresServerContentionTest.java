package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The contention suite on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerContentionTest extends ContentionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
