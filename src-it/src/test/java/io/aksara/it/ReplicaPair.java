package io.aksara.it;

import io.aksara.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL primary and its streaming replica of the scale-out suites' own, started with
 * {@code .ci/pg-replica-up.sh}: the primary on the shared server's port plus two
 * ({@code AKSARA_PG_PORT}, which {@code ./test} exports; plus one is {@link DedicatedServer}'s),
 * the replica ten above the primary, with data directories of their own. The shared server is
 * never touched. The role {@code aksara} may pause and resume the replica's replay, which the lag
 * tests need.
 */
final class ReplicaPair {
    final int primaryPort;
    final int replicaPort;
    private final String primaryData;
    private final String replicaData;

    private ReplicaPair(int primaryPort, String primaryData) {
        this.primaryPort = primaryPort;
        this.replicaPort = primaryPort + 10;
        this.primaryData = primaryData;
        this.replicaData = primaryData + "-replica";
    }

    /** Starts (or checks) both servers. */
    static ReplicaPair start() {
        CiScripts.requireSelected(TestDatabase.POSTGRES_SERVER);
        ReplicaPair pair = new ReplicaPair(CiScripts.port("AKSARA_PG_PORT", 55432) + 2,
                CiScripts.path("AKSARA_PG_DATA", "/tmp/aksara-it-pg") + "-scale");
        pair.up();
        pair.asPostgres("GRANT EXECUTE ON FUNCTION pg_wal_replay_pause() TO aksara;"
                + " GRANT EXECUTE ON FUNCTION pg_wal_replay_resume() TO aksara");
        return pair;
    }

    /** Starts whichever of the two is down (a stopped replica is made again from the primary). */
    void up() {
        CiScripts.run(env(), "pg-replica-up.sh");
    }

    DatabaseConfig primary() {
        return config(primaryPort, "");
    }

    DatabaseConfig replica() {
        return config(replicaPort, "");
    }

    static DatabaseConfig config(int port, String parameters) {
        return DatabaseConfig.builder().url("jdbc:postgresql://127.0.0.1:" + port + "/aksara" + parameters)
                .user("aksara").password("aksara").poolSize(4).connectionTimeoutMs(3_000).build();
    }

    /** Stops the replica applying what it receives (it keeps receiving): its lag grows from the next write. */
    void pauseReplay() {
        onReplica("SELECT pg_wal_replay_pause()");
    }

    void resumeReplay() {
        onReplica("SELECT pg_wal_replay_resume()");
    }

    /** A pgjdbc URL over both servers, e.g. {@code targetServerType=primary}, host status rechecked every second. */
    String bothHosts(String targetServerType) {
        return "jdbc:postgresql://127.0.0.1:" + primaryPort + ",127.0.0.1:" + replicaPort + "/aksara?targetServerType="
                + targetServerType + "&hostRecheckSeconds=1";
    }

    /** Stops the primary the clean way (fast shutdown: the replica receives all WAL before it ends). */
    void stopPrimary() {
        CiScripts.run(Map.of("AKSARA_PG_DATA", primaryData, "AKSARA_PG_PORT", Integer.toString(primaryPort)),
                command("pg-down.sh", null));
    }

    /** Promotes the replica to a primary that takes writes ({@code pg_ctl promote}, waiting until it does). */
    void promoteReplica() {
        List<String> c = new ArrayList<>(CiScripts.isRoot() ? List.of("runuser", "-u", "postgres", "--") : List.of());
        c.addAll(List.of(pgBin("pg_ctl"), "-D", replicaData, "-w", "-t", "60", "promote"));
        CiScripts.run(Map.of(), c);
    }

    /** Stops both; under CI their data directories go too. */
    void discard() {
        String purge = CiScripts.underCi() ? "--purge" : null;
        CiScripts.run(Map.of("AKSARA_PG_DATA", replicaData, "AKSARA_PG_PORT", Integer.toString(replicaPort)),
                command("pg-down.sh", purge));
        CiScripts.run(Map.of("AKSARA_PG_DATA", primaryData, "AKSARA_PG_PORT", Integer.toString(primaryPort)),
                command("pg-down.sh", purge));
    }

    private List<String> command(String script, String extra) {
        List<String> c = new ArrayList<>(List.of("bash", CiScripts.root().resolve(".ci").resolve(script).toString()));
        if (extra != null) {
            c.add(extra);
        }
        return c;
    }

    private Map<String, String> env() {
        return Map.of("AKSARA_PG_PORT", Integer.toString(primaryPort), "AKSARA_PG_DATA", primaryData,
                "AKSARA_PG_REPLICA_PORT", Integer.toString(replicaPort), "AKSARA_PG_REPLICA_DATA", replicaData);
    }

    private void onReplica(String sql) {
        DatabaseConfig c = replica();
        try (Connection conn = DriverManager.getConnection(c.url(), c.user(), c.password());
                Statement s = conn.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on the replica failed", e);
        }
    }

    private String pgBin(String program) {
        try {
            return "/usr/lib/postgresql/" + Files.readString(Path.of(primaryData, "PG_VERSION")).strip() + "/bin/" + program;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read the primary's PG_VERSION", e);
        }
    }

    /** Runs SQL on the primary as the superuser, through psql over the server's socket directory. */
    private void asPostgres(String sql) {
        List<String> c = new ArrayList<>(CiScripts.isRoot() ? List.of("runuser", "-u", "postgres", "--") : List.of());
        c.addAll(List.of(pgBin("psql"), "-h", primaryData, "-p", Integer.toString(primaryPort),
                "-U", "postgres", "-d", "aksara", "-v", "ON_ERROR_STOP=1", "-qtAX", "-c", sql));
        CiScripts.run(Map.of(), c);
    }
}
