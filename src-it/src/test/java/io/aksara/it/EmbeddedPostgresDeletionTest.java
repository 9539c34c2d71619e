package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The deletion suite on the embedded PostgreSQL (zonky, from Maven). */
class EmbeddedPostgresDeletionTest extends DeletionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
