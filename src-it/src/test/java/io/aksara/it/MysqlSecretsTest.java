package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The secrets suite on the MariaDB server through MySQL Connector/J. */
class MysqlSecretsTest extends SecretsSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
