package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The migration suite on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerMigrationTest extends MigrationSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
