package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The plan cache suite on the MariaDB server through the MariaDB driver (jdbc:mariadb:, dialect MARIADB). */
class MariadbDriverPlanCacheTest extends PlanCacheSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.mariadbServer();
    }
}
