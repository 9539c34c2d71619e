package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The many-to-many suite on the PostgreSQL server from AKSARA_IT_PG_URL (Debian's package in CI). */
class PostgresServerManyToManyTest extends ManyToManySuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
