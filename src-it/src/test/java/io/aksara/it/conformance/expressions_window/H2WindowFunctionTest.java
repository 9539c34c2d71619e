package io.aksara.it.conformance.expressions_window;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link WindowFunctionSuite} on H2. */
class H2WindowFunctionTest extends WindowFunctionSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
