package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The transaction suite on PostgreSQL, embedded from Maven (zonky). */
class EmbeddedPostgresTransactionTest extends TransactionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
