package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The relations suite on the MariaDB server through the MariaDB driver (jdbc:mariadb:, dialect MARIADB). */
class MariadbDriverRelationTest extends RelationSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
