package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The migration suite on an embedded PostgreSQL 17 (zonky). */
class EmbeddedPostgresMigrationTest extends MigrationSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
