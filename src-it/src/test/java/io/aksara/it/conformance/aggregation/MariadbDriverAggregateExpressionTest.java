package io.aksara.it.conformance.aggregation;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link AggregateExpressionSuite} on MariaDB through the MariaDB driver. */
class MariadbDriverAggregateExpressionTest extends AggregateExpressionSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
