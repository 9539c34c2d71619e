package io.aksara.it.conformance.expressions_window;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link WindowFunctionSuite} on MariaDB through the MariaDB driver. */
class MariadbDriverWindowFunctionTest extends WindowFunctionSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
