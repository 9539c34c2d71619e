package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The deletion suite on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerDeletionTest extends DeletionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
