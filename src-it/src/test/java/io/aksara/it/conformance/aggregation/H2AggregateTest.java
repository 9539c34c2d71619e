package io.aksara.it.conformance.aggregation;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link AggregateSuite} on H2. */
class H2AggregateTest extends AggregateSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
