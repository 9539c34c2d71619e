package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The relations suite on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerRelationTest extends RelationSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
