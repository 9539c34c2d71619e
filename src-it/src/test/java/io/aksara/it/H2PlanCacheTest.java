package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The plan cache suite on H2, in memory. */
class H2PlanCacheTest extends PlanCacheSuite {
    @Override
    DatabaseConfig database() {
        return TestDatabases.h2();
    }
}
