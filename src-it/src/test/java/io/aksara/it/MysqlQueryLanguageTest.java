package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The query-language suite on the database of {@link MysqlBehaviourTest}. */
class MysqlQueryLanguageTest extends QueryLanguageSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mysqlServer();
    }
}
