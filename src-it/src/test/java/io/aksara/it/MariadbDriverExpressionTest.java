package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The expression and aggregate suite on the database of {@link MariadbDriverBehaviourTest}. */
class MariadbDriverExpressionTest extends ExpressionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
