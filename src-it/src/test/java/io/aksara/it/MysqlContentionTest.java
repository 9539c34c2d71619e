package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The contention suite on the MariaDB server from AKSARA_IT_MYSQL_URL, through MySQL Connector/J. */
class MysqlContentionTest extends ContentionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
