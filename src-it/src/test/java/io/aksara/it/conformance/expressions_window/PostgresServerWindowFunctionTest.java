package io.aksara.it.conformance.expressions_window;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link WindowFunctionSuite} on the PostgreSQL server. */
class PostgresServerWindowFunctionTest extends WindowFunctionSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
