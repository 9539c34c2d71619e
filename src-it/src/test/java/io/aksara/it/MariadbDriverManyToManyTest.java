package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The many-to-many suite on the MariaDB server through the MariaDB driver ({@code jdbc:mariadb:}, dialect MARIADB). */
class MariadbDriverManyToManyTest extends ManyToManySuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
