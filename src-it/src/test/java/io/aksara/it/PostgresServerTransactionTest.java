package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The transaction suite on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerTransactionTest extends TransactionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
