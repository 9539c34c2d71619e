package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The query-language suite on the database of {@link MariadbDriverBehaviourTest}. */
class MariadbDriverQueryLanguageTest extends QueryLanguageSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
