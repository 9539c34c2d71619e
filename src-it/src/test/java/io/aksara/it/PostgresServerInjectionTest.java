package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The injection sweep on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerInjectionTest extends InjectionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
