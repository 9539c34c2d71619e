package io.aksara.it.conformance.nullqueries;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's null_queries tests on Mysql. */
class MysqlNullQueriesTest extends NullQueriesSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
