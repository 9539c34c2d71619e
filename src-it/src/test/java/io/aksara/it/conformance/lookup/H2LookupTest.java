package io.aksara.it.conformance.lookup;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's lookup tests on H2. */
class H2LookupTest extends LookupSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
