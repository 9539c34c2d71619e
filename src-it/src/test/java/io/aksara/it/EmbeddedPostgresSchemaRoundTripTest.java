package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The schema round trip on PostgreSQL, embedded from Maven (zonky). */
class EmbeddedPostgresSchemaRoundTripTest extends SchemaRoundTripSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
