package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The transaction suite on H2, in memory. */
class H2TransactionTest extends TransactionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
