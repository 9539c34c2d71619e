package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The schema round trip on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerSchemaRoundTripTest extends SchemaRoundTripSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
