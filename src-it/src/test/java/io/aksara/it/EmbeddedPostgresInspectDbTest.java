package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The inspectdb suite on PostgreSQL, embedded from Maven (zonky). */
class EmbeddedPostgresInspectDbTest extends InspectDbSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
