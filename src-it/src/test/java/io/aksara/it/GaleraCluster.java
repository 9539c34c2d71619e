package io.aksara.it;

import io.aksara.DatabaseConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A three-node MariaDB Galera cluster of the scale-out suites' own ({@code .ci/galera-up.sh}), on
 * {@code AKSARA_MY_PORT + 100} and the two ports above it (so helpers and CI runs on other ports
 * do not collide), with its own data directory. A node is killed the way a crash does it (SIGKILL)
 * and started again with {@code galera-up.sh N}, which rejoins it to the others.
 */
final class GaleraCluster {
    private final int basePort;
    private final String data;

    private GaleraCluster(int basePort, String data) {
        this.basePort = basePort;
        this.data = data;
    }

    static GaleraCluster start() {
        CiScripts.requireSelected(TestDatabase.MARIADB_DRIVER);
        GaleraCluster c = new GaleraCluster(CiScripts.port("AKSARA_MY_PORT", 53306) + 100,
                CiScripts.path("AKSARA_MY_DATA", "/tmp/aksara-it-mariadb") + "-galera");
        c.up();
        return c;
    }

    /** Starts the nodes that are down (all when none is given); each joins the running ones. */
    void up(String... nodes) {
        CiScripts.run(env(), "galera-up.sh", nodes);
    }

    /**
     * Node {@code n} (1..3) through the MariaDB driver. With {@code causal}, every read first waits
     * until the node has applied what the cluster committed before it ({@code wsrep_sync_wait=1}).
     */
    DatabaseConfig node(int n, boolean causal) {
        String url = "jdbc:mariadb://127.0.0.1:" + (basePort + n - 1) + "/aksara"
                + (causal ? "?sessionVariables=wsrep_sync_wait=1" : "");
        return DatabaseConfig.builder().url(url).user("aksara").password("aksara").poolSize(8).connectionTimeoutMs(3_000).build();
    }

    /** Kills node {@code n} as a crash would (SIGKILL); the others keep the quorum. */
    void kill(int n) {
        try {
            long pid = Long.parseLong(Files.readString(Path.of(data, "node" + n, "mariadbd.pid")).strip());
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroyForcibly();
                p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read node " + n + "'s pid file", e);
        }
    }

    void discard() {
        if (CiScripts.underCi()) {
            CiScripts.run(env(), "galera-down.sh", "--purge");
        } else {
            CiScripts.run(env(), "galera-down.sh");
        }
    }

    private Map<String, String> env() {
        return Map.of("AKSARA_GALERA_PORT", Integer.toString(basePort), "AKSARA_GALERA_DATA", data);
    }
}
