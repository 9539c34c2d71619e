package io.aksara.it.conformance.delete;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's delete tests on MariadbDriver. */
class MariadbDriverDeleteTest extends DeleteSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
