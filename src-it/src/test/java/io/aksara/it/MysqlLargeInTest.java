package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The large `in` list suite on the MySQL-protocol server from AKSARA_IT_MYSQL_URL, through MySQL Connector/J. */
class MysqlLargeInTest extends LargeInSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
