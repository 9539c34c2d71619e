package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The large `in` list suite on H2, in memory. */
class H2LargeInTest extends LargeInSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
