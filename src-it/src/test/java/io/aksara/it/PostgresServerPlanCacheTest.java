package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The plan cache suite on the PostgreSQL server from AKSARA_IT_PG_URL. */
class PostgresServerPlanCacheTest extends PlanCacheSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.postgresServer();
    }
}
