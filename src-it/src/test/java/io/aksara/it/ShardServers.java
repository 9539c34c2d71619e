package io.aksara.it;

import io.aksara.DatabaseConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/**
 * The shards of {@link ShardingSuite}: the shared PostgreSQL server and two PostgreSQL servers of
 * the suite's own on the shared port plus 30 and plus 31 (own data directories), started together
 * by {@code .ci/pg-up.sh} and stopped at the end. The shared server is only written to in the
 * suite's own tables.
 */
final class ShardServers {
    private static final int[] OFFSETS = {30, 31};

    private final List<Integer> ports;
    private final String data;

    private ShardServers(List<Integer> ports, String data) {
        this.ports = ports;
        this.data = data;
    }

    static ShardServers start() {
        CiScripts.requireSelected(TestDatabase.POSTGRES_SERVER);
        int base = CiScripts.port("AKSARA_PG_PORT", 55432);
        ShardServers s = new ShardServers(List.of(base + OFFSETS[0], base + OFFSETS[1]),
                CiScripts.path("AKSARA_PG_DATA", "/tmp/aksara-it-pg") + "-shard");
        s.onEach(port -> CiScripts.run(s.env(port), "pg-up.sh"));
        return s;
    }

    /** Shard 0 is the shared server; shards 1 and 2 are this suite's own. */
    List<DatabaseConfig> configs() {
        return List.of(TestDatabase.POSTGRES_SERVER.config(), ReplicaPair.config(ports.get(0), ""), ReplicaPair.config(ports.get(1), ""));
    }

    void discard() {
        onEach(port -> CiScripts.underCi() ? CiScripts.run(env(port), "pg-down.sh", "--purge") : CiScripts.run(env(port), "pg-down.sh"));
    }

    private void onEach(java.util.function.Function<Integer, String> action) {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture.allOf(ports.stream().map(p -> CompletableFuture.supplyAsync(() -> action.apply(p), threads))
                    .toArray(CompletableFuture[]::new)).join();
        }
    }

    private Map<String, String> env(int port) {
        return Map.of("AKSARA_PG_PORT", Integer.toString(port), "AKSARA_PG_DATA", data + (port - ports.get(0) + 1));
    }
}
