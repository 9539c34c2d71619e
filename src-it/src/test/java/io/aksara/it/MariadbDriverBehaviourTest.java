package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The behaviour suite on the MariaDB server through the MariaDB driver ({@code jdbc:mariadb:}, dialect MARIADB). */
class MariadbDriverBehaviourTest extends BehaviourSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
