package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The behaviour suite on H2, in memory. */
class H2BehaviourTest extends BehaviourSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
