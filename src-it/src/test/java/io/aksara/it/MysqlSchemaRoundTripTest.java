package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The schema round trip on the MySQL-protocol server from AKSARA_IT_MYSQL_URL, through MySQL Connector/J. */
class MysqlSchemaRoundTripTest extends SchemaRoundTripSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
