package io.aksara.it.conformance.db_functions;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link ComparisonFunctionsSuite} on the PostgreSQL server. */
class PostgresServerComparisonFunctionsTest extends ComparisonFunctionsSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
