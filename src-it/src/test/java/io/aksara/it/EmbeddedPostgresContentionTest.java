package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The contention suite on PostgreSQL, embedded from Maven (zonky). */
class EmbeddedPostgresContentionTest extends ContentionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
