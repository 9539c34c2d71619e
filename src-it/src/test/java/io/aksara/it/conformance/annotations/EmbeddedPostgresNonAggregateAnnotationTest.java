package io.aksara.it.conformance.annotations;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** {@link NonAggregateAnnotationSuite} on PostgreSQL embedded from Maven. */
class EmbeddedPostgresNonAggregateAnnotationTest extends NonAggregateAnnotationSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
