package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The QuerySet methods suite on the MySQL-protocol server from AKSARA_IT_MYSQL_URL, through MySQL Connector/J. */
class MysqlQuerySetMethodsTest extends QuerySetMethodsSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
