package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The jOOQ interop suite on the MySQL-protocol server from AKSARA_IT_MYSQL_URL (MariaDB), through MySQL Connector/J. */
class MysqlJooqInteropTest extends JooqInteropSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
