package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The expression and aggregate suite on the database of {@link PostgresServerBehaviourTest}. */
class PostgresServerExpressionTest extends ExpressionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
