package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The contention suite on the MariaDB server through the MariaDB driver. */
class MariadbDriverContentionTest extends ContentionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
