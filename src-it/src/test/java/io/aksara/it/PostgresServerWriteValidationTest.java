package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The write validation suite on the PostgreSQL server from AKSARA_IT_PG_URL (Debian's package in CI). */
class PostgresServerWriteValidationTest extends WriteValidationSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
