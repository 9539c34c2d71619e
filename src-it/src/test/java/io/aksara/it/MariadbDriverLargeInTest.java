package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The large `in` list suite on the MariaDB server through the MariaDB driver (jdbc:mariadb:, dialect MARIADB). */
class MariadbDriverLargeInTest extends LargeInSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
