package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The migration suite on the MariaDB server through the MariaDB driver. */
class MariadbDriverMigrationTest extends MigrationSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
