package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The injection sweep on PostgreSQL, embedded from Maven (zonky). */
class EmbeddedPostgresInjectionTest extends InjectionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
