package io.aksara.it.conformance.one_to_one;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's one_to_one tests on MariadbDriver. */
class MariadbDriverOneToOneTest extends OneToOneSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
