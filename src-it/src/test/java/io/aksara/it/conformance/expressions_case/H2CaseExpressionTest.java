package io.aksara.it.conformance.expressions_case;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link CaseExpressionSuite} on H2. */
class H2CaseExpressionTest extends CaseExpressionSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
