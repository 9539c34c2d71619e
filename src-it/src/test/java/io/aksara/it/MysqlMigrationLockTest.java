package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The migration-lock suite on the MySQL-protocol server from AKSARA_IT_MYSQL_URL (MariaDB), through MySQL Connector/J. */
class MysqlMigrationLockTest extends MigrationLockSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
