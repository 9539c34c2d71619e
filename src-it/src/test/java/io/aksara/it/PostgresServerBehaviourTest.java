package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The behaviour suite on the PostgreSQL server from AKSARA_IT_PG_URL (Debian's package in CI). */
class PostgresServerBehaviourTest extends BehaviourSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
