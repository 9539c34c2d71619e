package io.aksara.it.conformance.many_to_many;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's many_to_many tests on H2. */
class H2ManyToManyTest extends ManyToManySuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
