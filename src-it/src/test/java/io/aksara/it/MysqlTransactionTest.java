package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The transaction suite on the MySQL-protocol server from AKSARA_IT_MYSQL_URL (MariaDB), through MySQL Connector/J. */
class MysqlTransactionTest extends TransactionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
