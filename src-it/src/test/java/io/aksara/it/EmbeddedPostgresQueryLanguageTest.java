package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The query-language suite on the database of {@link EmbeddedPostgresBehaviourTest}. */
class EmbeddedPostgresQueryLanguageTest extends QueryLanguageSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
