package io.aksara.it.conformance.delete;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's delete tests on Mysql. */
class MysqlDeleteTest extends DeleteSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
