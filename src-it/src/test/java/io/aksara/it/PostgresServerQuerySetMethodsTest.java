package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The QuerySet methods suite on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerQuerySetMethodsTest extends QuerySetMethodsSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
