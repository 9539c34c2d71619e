package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The write validation suite on the MariaDB server through the MariaDB driver ({@code jdbc:mariadb:}, dialect MARIADB). */
class MariadbDriverWriteValidationTest extends WriteValidationSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
