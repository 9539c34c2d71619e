package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The QuerySet methods suite on the MariaDB server through the MariaDB driver (jdbc:mariadb:, dialect MARIADB). */
class MariadbDriverQuerySetMethodsTest extends QuerySetMethodsSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
