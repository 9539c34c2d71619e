package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The schema round trip on H2, in memory. */
class H2SchemaRoundTripTest extends SchemaRoundTripSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
