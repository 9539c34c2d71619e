package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The inspectdb suite on the MySQL-protocol server from AKSARA_IT_MYSQL_URL (MariaDB), through MySQL Connector/J. */
class MysqlInspectDbTest extends InspectDbSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
