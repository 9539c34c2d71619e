package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The suite of models from jOOQ classes on the MariaDB server, through the MariaDB driver. */
class MariadbDriverJooqModelsTest extends JooqModelsSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
