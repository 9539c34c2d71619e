package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The timeout suite on H2, in memory. */
class H2TimeoutTest extends TimeoutSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
