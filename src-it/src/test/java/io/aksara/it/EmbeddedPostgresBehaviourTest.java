package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The behaviour suite on PostgreSQL, embedded from Maven (zonky). */
class EmbeddedPostgresBehaviourTest extends BehaviourSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
