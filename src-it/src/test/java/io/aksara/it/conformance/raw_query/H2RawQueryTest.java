package io.aksara.it.conformance.raw_query;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's raw_query tests on H2. */
class H2RawQueryTest extends RawQuerySuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
