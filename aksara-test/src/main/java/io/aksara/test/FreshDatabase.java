package io.aksara.test;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Model;
import io.aksara.errors.AksaraException;
import io.aksara.schema.SchemaEditor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of its own for a test class, as Django's test runner makes {@code test_<name>}: a new,
 * empty database next to the configured one, with the tables of the given models, under the same
 * alias. {@link #close()} configures the alias as it was and drops the database.
 *
 * <pre>{@code
 * try (FreshDatabase db = FreshDatabase.create(Aksara.DEFAULT, Aksara.config(Aksara.DEFAULT), Product.class)) {
 *     Product.objects.create("name", "Lamp");        // in the new database
 * }                                                  // dropped; the default alias is back where it was
 * }</pre>
 *
 * <p>On H2 the new database is in memory and disappears with its pool; on PostgreSQL and MariaDB
 * it is {@code CREATE DATABASE aksara_test_<random>} on the same server, so the configured user
 * needs the right to create databases. On SQLite it is a new file next to the configured one,
 * deleted on close.
 */
public final class FreshDatabase implements AutoCloseable {
    private static final String SQLITE = "jdbc:sqlite:";
    private static final Pattern SERVER_URL = Pattern.compile("^(jdbc:(?:postgresql|mysql|mariadb)://[^/?;]*/)([^?;]*)(.*)$");

    private final String alias;
    private final DatabaseConfig previous;
    private final DatabaseConfig fresh;
    private final String name;
    private final boolean onServer;
    /** SQLite's new database file, deleted on close; null elsewhere. */
    private final Path file;

    private FreshDatabase(String alias, DatabaseConfig previous, DatabaseConfig fresh, String name, boolean onServer, Path file) {
        this.alias = alias;
        this.previous = previous;
        this.fresh = fresh;
        this.name = name;
        this.onServer = onServer;
        this.file = file;
    }

    /**
     * Makes the database, configures {@code alias} to use it and creates the models' tables.
     *
     * @param base where the new database lives: its server, user and pool settings
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static FreshDatabase create(String alias, DatabaseConfig base, Class<? extends Model>... models) {
        String name = "aksara_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String url = base.url();
        FreshDatabase db;
        if (url.startsWith("jdbc:h2:")) {
            db = new FreshDatabase(alias, base, withUrl(base, h2Url(url, name)), name, false, null);
        } else if (url.startsWith(SQLITE)) {
            Path file = sqliteFile(url, name);
            int query = url.indexOf('?');
            String settings = query < 0 ? "" : url.substring(query);
            db = new FreshDatabase(alias, base, withUrl(base, SQLITE + file + settings), name, false, file);
        } else {
            Matcher m = SERVER_URL.matcher(url);
            if (!m.matches() || m.group(2).isEmpty()) {
                throw new AksaraException("A fresh database needs a JDBC URL that names a database on an H2, PostgreSQL"
                        + " or MariaDB/MySQL server (jdbc:postgresql://host:port/name), or a SQLite file, got " + base.maskedUrl());
            }
            admin(base, "CREATE DATABASE " + name);
            db = new FreshDatabase(alias, base, withUrl(base, m.group(1) + name + m.group(3)), name, true, null);
        }
        Aksara.configure(alias, db.fresh);
        try {
            if (models.length > 0) {
                SchemaEditor.forDatabase(alias).createTables(models);
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** The configuration of the new database (what the alias uses until {@link #close()}). */
    public DatabaseConfig config() {
        return fresh;
    }

    /** The new database's name. */
    public String name() {
        return name;
    }

    /** Configures the alias as it was (closing the new database's pool) and drops the new database. */
    @Override
    public void close() {
        Aksara.configure(alias, previous);
        if (onServer) {
            admin(previous, "DROP DATABASE " + name);
        }
        if (file != null) {
            deleteSqliteFiles(file);
        }
    }

    /** A new SQLite file next to the configured one (in the temporary directory for an in-memory one). */
    private static Path sqliteFile(String url, String name) {
        int query = url.indexOf('?');
        String path = url.substring(SQLITE.length(), query < 0 ? url.length() : query);
        Path parent = path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:") ? null
                : Path.of(path).toAbsolutePath().getParent();
        return (parent != null ? parent : Path.of(System.getProperty("java.io.tmpdir"))).resolve(name + ".sqlite");
    }

    /** The database file with its write-ahead log and shared-memory index, once the pool has closed them. */
    private static void deleteSqliteFiles(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete the fresh database file " + file + suffix, e);
            }
        }
    }

    /** The same H2 settings on a new in-memory database that lives as long as its pool. */
    private static String h2Url(String url, String name) {
        int semicolon = url.indexOf(';');
        String settings = semicolon < 0 ? "" : url.substring(semicolon).replaceAll("(?i);DB_CLOSE_DELAY=[^;]*", "");
        return "jdbc:h2:mem:" + name + settings;
    }

    private static DatabaseConfig withUrl(DatabaseConfig base, String url) {
        return DatabaseConfig.builder().url(url).user(base.user()).password(base.password()).poolSize(base.poolSize())
                .connectionTimeoutMs(base.connectionTimeoutMs()).statementTimeout(base.statementTimeout()).build();
    }

    /** Runs a statement on the configured database's server; the name is made here, never given by a caller. */
    private static void admin(DatabaseConfig server, String sql) {
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new AksaraException("Could not run '" + sql + "' on " + server.maskedUrl() + ": "
                    + server.mask(String.valueOf(e.getMessage())), e);
        }
    }
}
