package io.aksara.it.conformance.lookup;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's lookup tests on Mysql. */
class MysqlLookupTest extends LookupSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
