package io.aksara.it.conformance.db_functions;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link ComparisonFunctionsSuite} on MariaDB through MySQL Connector/J. */
class MysqlComparisonFunctionsTest extends ComparisonFunctionsSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
