package io.aksara.it.conformance.update;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's update tests on H2. */
class H2UpdateTest extends UpdateSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
