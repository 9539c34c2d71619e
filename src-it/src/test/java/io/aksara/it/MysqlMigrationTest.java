package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The migration suite on the MySQL-protocol server from AKSARA_IT_MYSQL_URL (MariaDB), through MySQL Connector/J. */
class MysqlMigrationTest extends MigrationSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
