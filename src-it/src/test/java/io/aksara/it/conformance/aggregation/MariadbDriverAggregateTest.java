package io.aksara.it.conformance.aggregation;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link AggregateSuite} on MariaDB through the MariaDB driver. */
class MariadbDriverAggregateTest extends AggregateSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
