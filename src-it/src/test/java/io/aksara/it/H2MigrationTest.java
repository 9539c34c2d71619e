package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The migration suite on H2, in memory. */
class H2MigrationTest extends MigrationSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
