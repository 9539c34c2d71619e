package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The suite of models from jOOQ classes on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerJooqModelsTest extends JooqModelsSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
