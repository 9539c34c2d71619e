package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The query-language suite on the database of {@link PostgresServerBehaviourTest}. */
class PostgresServerQueryLanguageTest extends QueryLanguageSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
