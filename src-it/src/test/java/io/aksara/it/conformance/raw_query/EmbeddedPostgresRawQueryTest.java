package io.aksara.it.conformance.raw_query;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's raw_query tests on EmbeddedPostgres. */
class EmbeddedPostgresRawQueryTest extends RawQuerySuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
