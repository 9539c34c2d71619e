package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The write validation suite on PostgreSQL, embedded from Maven (zonky). */
class EmbeddedPostgresWriteValidationTest extends WriteValidationSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
