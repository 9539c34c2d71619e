package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The write validation suite on the MySQL-protocol server from AKSARA_IT_MYSQL_URL (Debian's MariaDB in CI), through MySQL Connector/J. */
class MysqlWriteValidationTest extends WriteValidationSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
