package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The many-to-many suite on PostgreSQL, embedded from Maven (zonky). */
class EmbeddedPostgresManyToManyTest extends ManyToManySuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
