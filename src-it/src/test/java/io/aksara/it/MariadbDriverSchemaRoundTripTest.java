package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The schema round trip on the MariaDB server through the MariaDB driver (jdbc:mariadb:, dialect MARIADB). */
class MariadbDriverSchemaRoundTripTest extends SchemaRoundTripSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
