package io.aksara.it.conformance.ordering;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link OrderingSuite} on MariaDB through MySQL Connector/J. */
class MysqlOrderingTest extends OrderingSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
