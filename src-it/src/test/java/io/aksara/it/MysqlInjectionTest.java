package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The injection sweep on the MySQL-protocol server from AKSARA_IT_MYSQL_URL, through MySQL Connector/J. */
class MysqlInjectionTest extends InjectionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
