package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The query-language suite on the database of {@link H2BehaviourTest}. */
class H2QueryLanguageTest extends QueryLanguageSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
