package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The contention suite on H2, in memory. */
class H2ContentionTest extends ContentionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
