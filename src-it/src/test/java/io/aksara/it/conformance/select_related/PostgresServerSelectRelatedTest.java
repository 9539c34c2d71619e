package io.aksara.it.conformance.select_related;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's select_related tests on PostgresServer. */
class PostgresServerSelectRelatedTest extends SelectRelatedSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
