package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The many-to-many suite on the MySQL-protocol server from AKSARA_IT_MYSQL_URL (Debian's MariaDB in CI), through MySQL Connector/J. */
class MysqlManyToManyTest extends ManyToManySuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
