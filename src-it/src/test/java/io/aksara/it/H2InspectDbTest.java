package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The inspectdb suite on H2, in memory. */
class H2InspectDbTest extends InspectDbSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
