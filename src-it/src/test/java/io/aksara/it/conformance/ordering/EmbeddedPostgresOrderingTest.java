package io.aksara.it.conformance.ordering;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link OrderingSuite} on PostgreSQL embedded from Maven. */
class EmbeddedPostgresOrderingTest extends OrderingSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
