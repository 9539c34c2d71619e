package io.aksara.it.conformance.lookup;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's lookup tests on MariadbDriver. */
class MariadbDriverLookupTest extends LookupSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
