package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The fault suite on a PostgreSQL server of its own (port AKSARA_PG_PORT + 1). */
class PostgresServerFaultTest extends FaultSuite {
    @Override
    DedicatedServer server() {
        return DedicatedServer.postgres();
    }

    @Override
    DatabaseConfig database(DedicatedServer dedicated) {
        return dedicated.config(false);
    }
}
