package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The timeout suite on the MariaDB server through the MariaDB driver. */
class MariadbDriverTimeoutTest extends TimeoutSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
