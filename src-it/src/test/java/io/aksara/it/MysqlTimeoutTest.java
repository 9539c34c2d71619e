package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The timeout suite on the MariaDB server from AKSARA_IT_MYSQL_URL, through MySQL Connector/J. */
class MysqlTimeoutTest extends TimeoutSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
