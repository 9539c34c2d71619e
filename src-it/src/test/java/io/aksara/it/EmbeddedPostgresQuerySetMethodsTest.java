package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The QuerySet methods suite on PostgreSQL, embedded from Maven (zonky). */
class EmbeddedPostgresQuerySetMethodsTest extends QuerySetMethodsSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
