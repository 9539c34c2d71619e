package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The write validation suite on H2, in memory. */
class H2WriteValidationTest extends WriteValidationSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
