package io.aksara.it;

import io.aksara.DatabaseConfig;

/** The fault suite on a MariaDB server of its own (port AKSARA_MY_PORT + 1), through the MariaDB driver. */
class MariadbDriverFaultTest extends FaultSuite {
    @Override
    DedicatedServer server() {
        return DedicatedServer.mariadb();
    }

    @Override
    DatabaseConfig database(DedicatedServer dedicated) {
        return dedicated.config(true);
    }
}
