package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The injection sweep on the MariaDB server through the MariaDB driver (jdbc:mariadb:, dialect MARIADB). */
class MariadbDriverInjectionTest extends InjectionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
