package io.aksara.it.conformance.update;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's update tests on MariadbDriver. */
class MariadbDriverUpdateTest extends UpdateSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
