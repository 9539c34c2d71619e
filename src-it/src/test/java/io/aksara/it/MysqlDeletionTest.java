package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The deletion suite on the MySQL-protocol server from AKSARA_IT_MYSQL_URL (MariaDB), through MySQL Connector/J. */
class MysqlDeletionTest extends DeletionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
