package io.aksara.it;

import io.aksara.DatabaseConfig;
import java.util.Map;

/**
 * Debian's pgbouncer in transaction pooling mode ({@code .ci/pgbouncer-up.sh}: four server
 * connections per pool) in front of a PostgreSQL server of the scale-out suites' own: the
 * server on the shared one's port plus three (plus one is {@link DedicatedServer}'s, plus two
 * {@link ReplicaPair}'s primary, which may still be stopping when this suite starts), pgbouncer
 * twenty above it. The shared server is never touched.
 */
final class PgBouncerServer {
    private final int serverPort;
    private final String serverData;

    private PgBouncerServer(int serverPort, String serverData) {
        this.serverPort = serverPort;
        this.serverData = serverData;
    }

    static PgBouncerServer start() {
        CiScripts.requireSelected(TestDatabase.POSTGRES_SERVER);
        PgBouncerServer s = new PgBouncerServer(CiScripts.port("AKSARA_PG_PORT", 55432) + 3,
                CiScripts.path("AKSARA_PG_DATA", "/tmp/aksara-it-pg") + "-scale");
        CiScripts.run(s.env(), "pgbouncer-up.sh");
        return s;
    }

    /** Through pgbouncer, as an application behind it is configured. */
    DatabaseConfig throughPooler(int poolSize) {
        return DatabaseConfig.builder().url("jdbc:postgresql://127.0.0.1:" + (serverPort + 20) + "/aksara")
                .user("aksara").password("aksara").poolSize(poolSize).connectionTimeoutMs(10_000)
                .behindTransactionPooler().build();
    }

    /** The server itself, bypassing pgbouncer (for setup and for looking at the server's sessions). */
    DatabaseConfig direct() {
        return ReplicaPair.config(serverPort, "");
    }

    void discard() {
        CiScripts.run(env(), "pgbouncer-down.sh");
        if (CiScripts.underCi()) {
            CiScripts.run(env(), "pg-down.sh", "--purge");
        } else {
            CiScripts.run(env(), "pg-down.sh");
        }
    }

    private Map<String, String> env() {
        return Map.of("AKSARA_PG_PORT", Integer.toString(serverPort), "AKSARA_PG_DATA", serverData);
    }
}
