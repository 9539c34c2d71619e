package io.aksara.it.conformance.aggregation;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link AggregateExpressionSuite} on MariaDB through MySQL Connector/J. */
class MysqlAggregateExpressionTest extends AggregateExpressionSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
