package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The transaction suite on the MariaDB server through the MariaDB driver (jdbc:mariadb:, dialect MARIADB). */
class MariadbDriverTransactionTest extends TransactionSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
