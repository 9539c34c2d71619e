package io.aksara.it.conformance.expressions;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link BasicExpressionsSuite} on MariaDB through the MariaDB driver. */
class MariadbDriverBasicExpressionsTest extends BasicExpressionsSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
