package io.aksara.it.conformance.ordering;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link OrderingSuite} on MariaDB through the MariaDB driver. */
class MariadbDriverOrderingTest extends OrderingSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
