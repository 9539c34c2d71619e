package io.aksara.it.conformance.many_to_many;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's many_to_many tests on Mysql. */
class MysqlManyToManyTest extends ManyToManySuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
