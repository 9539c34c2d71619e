package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The inspectdb suite on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerInspectDbTest extends InspectDbSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
