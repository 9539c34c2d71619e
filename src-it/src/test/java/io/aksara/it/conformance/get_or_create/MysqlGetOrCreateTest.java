package io.aksara.it.conformance.get_or_create;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's get_or_create tests on Mysql. */
class MysqlGetOrCreateTest extends GetOrCreateSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
