package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The QuerySet methods suite on H2, in memory. */
class H2QuerySetMethodsTest extends QuerySetMethodsSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
