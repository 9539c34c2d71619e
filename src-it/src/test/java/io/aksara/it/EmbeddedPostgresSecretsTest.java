package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The secrets suite on an embedded PostgreSQL 17 (zonky), which trusts local logins. */
class EmbeddedPostgresSecretsTest extends SecretsSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }

    @Override
    boolean checksPasswords() {
        return false;
    }
}
