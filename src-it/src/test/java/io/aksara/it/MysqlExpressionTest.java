package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The expression and aggregate suite on the database of {@link MysqlBehaviourTest}. */
class MysqlExpressionTest extends ExpressionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
