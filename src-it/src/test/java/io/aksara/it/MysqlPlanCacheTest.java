package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The plan cache suite on the MySQL-protocol server from AKSARA_IT_MYSQL_URL, through MySQL Connector/J. */
class MysqlPlanCacheTest extends PlanCacheSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
