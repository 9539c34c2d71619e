package io.aksara.it.conformance.expressions;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link BasicExpressionsSuite} on MariaDB through MySQL Connector/J. */
class MysqlBasicExpressionsTest extends BasicExpressionsSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
