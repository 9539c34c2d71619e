package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The jOOQ interop suite on H2, in memory. */
class H2JooqInteropTest extends JooqInteropSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
