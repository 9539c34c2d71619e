package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The timeout suite on PostgreSQL, embedded from Maven (zonky). */
class EmbeddedPostgresTimeoutTest extends TimeoutSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
