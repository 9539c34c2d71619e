package io.aksara.it.conformance.expressions_case;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link CaseExpressionSuite} on MariaDB through MySQL Connector/J. */
class MysqlCaseExpressionTest extends CaseExpressionSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
