package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The relations suite on PostgreSQL, embedded from Maven (zonky). */
class EmbeddedPostgresRelationTest extends RelationSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
