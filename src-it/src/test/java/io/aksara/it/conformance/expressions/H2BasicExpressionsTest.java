package io.aksara.it.conformance.expressions;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link BasicExpressionsSuite} on H2. */
class H2BasicExpressionsTest extends BasicExpressionsSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
