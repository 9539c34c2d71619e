package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The migration-lock suite on the MariaDB server through the MariaDB driver. */
class MariadbDriverMigrationLockTest extends MigrationLockSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
