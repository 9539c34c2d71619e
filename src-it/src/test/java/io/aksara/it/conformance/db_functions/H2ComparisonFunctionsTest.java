package io.aksara.it.conformance.db_functions;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link ComparisonFunctionsSuite} on H2. */
class H2ComparisonFunctionsTest extends ComparisonFunctionsSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
