package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The expression and aggregate suite on the database of {@link H2BehaviourTest}. */
class H2ExpressionTest extends ExpressionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
