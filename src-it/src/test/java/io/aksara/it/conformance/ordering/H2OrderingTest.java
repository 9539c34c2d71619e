package io.aksara.it.conformance.ordering;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link OrderingSuite} on H2. */
class H2OrderingTest extends OrderingSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
