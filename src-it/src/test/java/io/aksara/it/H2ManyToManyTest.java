package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The many-to-many suite on H2, in memory. */
class H2ManyToManyTest extends ManyToManySuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
