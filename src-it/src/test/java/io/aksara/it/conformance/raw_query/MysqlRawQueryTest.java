package io.aksara.it.conformance.raw_query;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's raw_query tests on Mysql. */
class MysqlRawQueryTest extends RawQuerySuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
