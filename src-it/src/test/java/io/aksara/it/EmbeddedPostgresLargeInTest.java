package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The large `in` list suite on PostgreSQL, embedded from Maven (zonky). */
class EmbeddedPostgresLargeInTest extends LargeInSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
