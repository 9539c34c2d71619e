package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The inspectdb suite on the MariaDB server, through the MariaDB driver. */
class MariadbDriverInspectDbTest extends InspectDbSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
