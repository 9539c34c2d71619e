package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The injection sweep on H2, in memory. */
class H2InjectionTest extends InjectionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
