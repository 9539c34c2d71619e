package io.aksara.it.conformance.update;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's update tests on Mysql. */
class MysqlUpdateTest extends UpdateSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
