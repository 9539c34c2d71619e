package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The jOOQ interop suite on PostgreSQL, embedded from Maven (zonky). */
class EmbeddedPostgresJooqInteropTest extends JooqInteropSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
