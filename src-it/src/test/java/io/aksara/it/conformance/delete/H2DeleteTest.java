package io.aksara.it.conformance.delete;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's delete tests on H2. */
class H2DeleteTest extends DeleteSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
