package io.aksara.it.conformance.get_or_create;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's get_or_create tests on H2. */
class H2GetOrCreateTest extends GetOrCreateSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
