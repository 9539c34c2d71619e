package io.aksara.it.conformance.annotations;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link NonAggregateAnnotationSuite} on the PostgreSQL server. */
class PostgresServerNonAggregateAnnotationTest extends NonAggregateAnnotationSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
