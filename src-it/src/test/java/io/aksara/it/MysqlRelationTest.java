package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The relations suite on the MySQL-protocol server from AKSARA_IT_MYSQL_URL, through MySQL Connector/J. */
class MysqlRelationTest extends RelationSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
