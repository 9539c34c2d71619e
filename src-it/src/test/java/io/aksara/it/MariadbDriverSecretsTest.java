package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The secrets suite on the MariaDB server through the MariaDB driver. */
class MariadbDriverSecretsTest extends SecretsSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
