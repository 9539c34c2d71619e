package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The deletion suite on the MariaDB server through the MariaDB driver (jdbc:mariadb:, dialect MARIADB). */
class MariadbDriverDeletionTest extends DeletionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
