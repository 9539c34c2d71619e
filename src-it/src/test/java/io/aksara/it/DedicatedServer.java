package io.aksara.it;

import io.aksara.DatabaseConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL or MariaDB server of the fault tests' own, which they stop, kill and start: never
 * the shared servers the other suites use. It runs on the shared server's port plus one
 * ({@code AKSARA_PG_PORT}/{@code AKSARA_MY_PORT}, which {@code ./test} exports) with its own data
 * directory, and is started by the same scripts as those ({@code .ci/pg-up.sh},
 * {@code .ci/mariadb-up.sh}). Killing is what a crash does: PostgreSQL's immediate shutdown (no
 * checkpoint, crash recovery on the next start) and SIGKILL for mariadbd. It is started crash-safe
 * ({@code AKSARA_DB_CRASH_SAFE=1}): unlike the shared test servers, a kill loses no committed transaction.
 */
final class DedicatedServer {
    enum Kind { POSTGRES, MARIADB }

    private final Kind kind;
    private final int port;
    private final Path data;
    private final Path scripts;

    private DedicatedServer(Kind kind, int port, Path data, Path scripts) {
        this.kind = kind;
        this.port = port;
        this.data = data;
        this.scripts = scripts;
    }

    static DedicatedServer postgres() {
        return of(Kind.POSTGRES, "AKSARA_PG_PORT", 55432, "AKSARA_PG_DATA", "/tmp/aksara-it-pg");
    }

    static DedicatedServer mariadb() {
        return of(Kind.MARIADB, "AKSARA_MY_PORT", 53306, "AKSARA_MY_DATA", "/tmp/aksara-it-mariadb");
    }

    private static DedicatedServer of(Kind kind, String portVariable, int defaultPort, String dataVariable, String defaultData) {
        Path scripts = repositoryRoot().resolve(".ci");
        boolean installed = kind == Kind.POSTGRES ? hasPostgresBinaries() : Files.isExecutable(Path.of("/usr/sbin/mariadbd"));
        if (!installed && !isRoot()) {
            String message = "No " + kind + " server binaries to start a dedicated server with (./test installs them as root)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        String port = System.getenv(portVariable);
        String data = System.getenv(dataVariable);
        return new DedicatedServer(kind, (port == null || port.isBlank() ? defaultPort : Integer.parseInt(port.strip())) + 1,
                Path.of((data == null || data.isBlank() ? defaultData : data) + "-fault"), scripts);
    }

    /** The database on this server, through MySQL Connector/J or the MariaDB driver for MariaDB. */
    DatabaseConfig config(boolean mariadbDriver) {
        String url = switch (kind) {
            case POSTGRES -> "jdbc:postgresql://127.0.0.1:" + port + "/aksara";
            case MARIADB -> (mariadbDriver ? "jdbc:mariadb" : "jdbc:mysql") + "://127.0.0.1:" + port + "/aksara";
        };
        return DatabaseConfig.builder().url(url).user("aksara").password("aksara").poolSize(4).connectionTimeoutMs(3_000).build();
    }

    /** Starts the server (creating it on first use); idempotent. */
    void start() {
        run(List.of("bash", scripts.resolve(kind == Kind.POSTGRES ? "pg-up.sh" : "mariadb-up.sh").toString()));
    }

    /** Stops it the clean way: open transactions are rolled back, clients disconnected, data kept. */
    void stop() {
        down(false);
    }

    /** Stops it as a crash would: nothing is flushed or rolled back cleanly; the next start recovers. */
    void kill() {
        if (kind == Kind.POSTGRES) {
            String bin = "/usr/lib/postgresql/" + read(data.resolve("PG_VERSION")).strip() + "/bin/pg_ctl";
            List<String> command = new ArrayList<>(isRoot() ? List.of("runuser", "-u", "postgres", "--") : List.of());
            command.addAll(List.of(bin, "-D", data.toString(), "-m", "immediate", "-w", "stop"));
            run(command);
        } else {
            long pid = Long.parseLong(read(data.resolve("mariadbd.pid")).strip());
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroyForcibly();
                p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        }
    }

    /** Stops the server at the end; under CI its data directory goes too. */
    void discard() {
        down("true".equals(System.getenv("CI")));
    }

    private void down(boolean purge) {
        List<String> command = new ArrayList<>(List.of("bash", scripts.resolve(kind == Kind.POSTGRES ? "pg-down.sh" : "mariadb-down.sh").toString()));
        if (purge) {
            command.add("--purge");
        }
        run(command);
    }

    private void run(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put(kind == Kind.POSTGRES ? "AKSARA_PG_PORT" : "AKSARA_MY_PORT", Integer.toString(port));
        env.put(kind == Kind.POSTGRES ? "AKSARA_PG_DATA" : "AKSARA_MY_DATA", data.toString());
        env.put("AKSARA_DB_CRASH_SAFE", "1"); // a killed server keeps what was committed, as a production server does
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).lines().findFirst().orElse("");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    private static boolean hasPostgresBinaries() {
        try (var dirs = Files.list(Path.of("/usr/lib/postgresql"))) {
            return dirs.anyMatch(d -> Files.isExecutable(d.resolve("bin/initdb")));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The directory with {@code .ci}: the tests run in {@code src-it}, one below it. */
    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(".ci/pg-up.sh"))) {
                return p;
            }
        }
        throw new IllegalStateException("Cannot find .ci/pg-up.sh above " + Path.of("").toAbsolutePath());
    }
}
