package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The suite of models from jOOQ classes on PostgreSQL, embedded from Maven (zonky). */
class EmbeddedPostgresJooqModelsTest extends JooqModelsSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
