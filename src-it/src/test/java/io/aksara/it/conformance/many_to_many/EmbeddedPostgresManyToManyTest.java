package io.aksara.it.conformance.many_to_many;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's many_to_many tests on EmbeddedPostgres. */
class EmbeddedPostgresManyToManyTest extends ManyToManySuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
