package io.aksara.it.conformance.aggregation;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link AggregateExpressionSuite} on the PostgreSQL server. */
class PostgresServerAggregateExpressionTest extends AggregateExpressionSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
