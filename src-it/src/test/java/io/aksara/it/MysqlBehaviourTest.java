package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The behaviour suite on the MySQL-protocol server from AKSARA_IT_MYSQL_URL (Debian's MariaDB in CI), through MySQL Connector/J. */
class MysqlBehaviourTest extends BehaviourSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
