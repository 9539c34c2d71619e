package io.aksara.it.conformance.expressions;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link BasicExpressionsSuite} on the PostgreSQL server. */
class PostgresServerBasicExpressionsTest extends BasicExpressionsSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
