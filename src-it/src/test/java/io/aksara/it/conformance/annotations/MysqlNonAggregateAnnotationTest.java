package io.aksara.it.conformance.annotations;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link NonAggregateAnnotationSuite} on MariaDB through MySQL Connector/J. */
class MysqlNonAggregateAnnotationTest extends NonAggregateAnnotationSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
