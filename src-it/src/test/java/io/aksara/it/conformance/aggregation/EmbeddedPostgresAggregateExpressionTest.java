package io.aksara.it.conformance.aggregation;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link AggregateExpressionSuite} on PostgreSQL embedded from Maven. */
class EmbeddedPostgresAggregateExpressionTest extends AggregateExpressionSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
