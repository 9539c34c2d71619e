package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The secrets suite on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerSecretsTest extends SecretsSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
