package io.aksara.it.conformance.raw_query;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's raw_query tests on PostgresServer. */
class PostgresServerRawQueryTest extends RawQuerySuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
