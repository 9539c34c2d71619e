package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The migration-lock suite on H2, in memory. */
class H2MigrationLockTest extends MigrationLockSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
