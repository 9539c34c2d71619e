package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The large `in` list suite on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerLargeInTest extends LargeInSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
