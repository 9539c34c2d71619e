package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The plan cache suite on PostgreSQL, embedded from Maven (zonky). */
class EmbeddedPostgresPlanCacheTest extends PlanCacheSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.embeddedPostgres();
    }
}
