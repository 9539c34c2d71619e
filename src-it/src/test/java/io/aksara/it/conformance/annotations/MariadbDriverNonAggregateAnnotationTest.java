package io.aksara.it.conformance.annotations;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link NonAggregateAnnotationSuite} on MariaDB through the MariaDB driver. */
class MariadbDriverNonAggregateAnnotationTest extends NonAggregateAnnotationSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
