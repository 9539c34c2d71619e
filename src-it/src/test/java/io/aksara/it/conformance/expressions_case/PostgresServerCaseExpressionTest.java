package io.aksara.it.conformance.expressions_case;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link CaseExpressionSuite} on the PostgreSQL server. */
class PostgresServerCaseExpressionTest extends CaseExpressionSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
