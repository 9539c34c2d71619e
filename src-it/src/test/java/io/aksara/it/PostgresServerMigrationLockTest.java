package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The migration-lock suite on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerMigrationLockTest extends MigrationLockSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
