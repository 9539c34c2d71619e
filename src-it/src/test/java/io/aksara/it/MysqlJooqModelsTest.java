package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The suite of models from jOOQ classes on the MySQL-protocol server from AKSARA_IT_MYSQL_URL (MariaDB), through MySQL Connector/J. */
class MysqlJooqModelsTest extends JooqModelsSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
