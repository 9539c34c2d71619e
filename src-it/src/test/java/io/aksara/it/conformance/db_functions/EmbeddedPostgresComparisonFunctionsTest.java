package io.aksara.it.conformance.db_functions;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link ComparisonFunctionsSuite} on PostgreSQL embedded from Maven. */
class EmbeddedPostgresComparisonFunctionsTest extends ComparisonFunctionsSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
