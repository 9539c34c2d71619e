package io.aksara.it.conformance.many_to_one;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's many_to_one tests on EmbeddedPostgres. */
class EmbeddedPostgresManyToOneTest extends ManyToOneSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
