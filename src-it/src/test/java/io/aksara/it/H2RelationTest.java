package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The relations suite on H2, in memory. */
class H2RelationTest extends RelationSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
