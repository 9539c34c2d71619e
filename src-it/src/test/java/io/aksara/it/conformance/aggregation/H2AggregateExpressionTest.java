package io.aksara.it.conformance.aggregation;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link AggregateExpressionSuite} on H2. */
class H2AggregateExpressionTest extends AggregateExpressionSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
