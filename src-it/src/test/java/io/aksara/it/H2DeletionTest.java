package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The deletion suite on the H2, in memory. */
class H2DeletionTest extends DeletionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
