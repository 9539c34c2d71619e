package io.aksara.it.conformance.get_or_create;

import io.aksara.DatabaseConfig;
import io.aksara.it.TestDatabases;

/** Django's get_or_create tests on PostgresServer. */
class PostgresServerGetOrCreateTest extends GetOrCreateSuite {
    @Override
    protected DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
