package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The jOOQ interop suite on the MariaDB server, through the MariaDB driver. */
class MariadbDriverJooqInteropTest extends JooqInteropSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
