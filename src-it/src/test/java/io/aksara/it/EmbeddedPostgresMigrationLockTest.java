package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The migration-lock suite on an embedded PostgreSQL 17 (zonky). */
class EmbeddedPostgresMigrationLockTest extends MigrationLockSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
