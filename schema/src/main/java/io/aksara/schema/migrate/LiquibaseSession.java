package io.aksara.schema.migrate;

import io.aksara.DatabaseConfig;
import io.aksara.internal.SecretMask;
import io.aksara.jooq.UrlDataSource;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.schema.MigrationError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.ThreadLocalScopeManager;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * One connection to the configured database, seen through Liquibase, with the migrations
 * directory as the place changelogs are read from. Everything Liquibase does runs inside
 * {@link #run}, which sets up its scope: the directory, the class loader for Java migrations, a
 * one-second lock poll, and output through logging instead of the console.
 */
final class LiquibaseSession implements AutoCloseable {
    /**
     * Liquibase logs every step, and each failure with its stack trace, through java.util.logging;
     * Aksara reports failures itself, so Liquibase is silent unless logging configures it.
     */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        if (LIQUIBASE_LOG.getLevel() == null) {
            LIQUIBASE_LOG.setLevel(Level.OFF);
        }
    }

    /**
     * Liquibase keeps its current scope in a manager that new threads inherit; the default one is
     * a single scope for the whole JVM, so two migrations on two threads would enter and leave each
     * other's scopes. This manager keeps one current scope per thread.
     */
    @SuppressWarnings("deprecation") // deprecated without a replacement; the default shares one scope between threads
    private static final ThreadLocalScopeManager SCOPES = new ThreadLocalScopeManager();
    private static final ThreadLocal<Boolean> SCOPES_INSTALLED = ThreadLocal.withInitial(() -> false);

    /**
     * Liquibase's factories (lock services, executors, history services) are JVM-wide maps that
     * are not safe for concurrent use: two threads migrating at once can lose the lock service that
     * holds DATABASECHANGELOGLOCK, which then stays locked. So Liquibase work in one JVM runs one
     * at a time; between processes, DATABASECHANGELOGLOCK does the same job.
     */
    private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

    private final Connection connection;
    private final boolean holdsJvmLock;
    private final Database database;
    private final DirectoryResourceAccessor accessor;
    private final Vendor vendor;

    private LiquibaseSession(Connection connection, boolean holdsJvmLock, Database database,
                             DirectoryResourceAccessor accessor, Vendor vendor) {
        this.connection = connection;
        this.holdsJvmLock = holdsJvmLock;
        this.database = database;
        this.accessor = accessor;
        this.vendor = vendor;
    }

    static LiquibaseSession open(Path directory, DatabaseConfig config) {
        if (!Files.isDirectory(directory)) {
            throw new MigrationError("The migrations directory " + directory.toAbsolutePath()
                    + " does not exist. Run makemigrations first, or point --dir (AKSARA_MIGRATIONS_DIR) at it.");
        }
        Connection c = connect(config);
        boolean sqlite = isSqlite(c);
        if (sqlite) {
            ONE_AT_A_TIME.lock();
        }
        try {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            if (SqliteTables.applies(db)) {
                SqliteTables.foreignKeys(c, false);
            }
            return new LiquibaseSession(c, sqlite, db, new DirectoryResourceAccessor(directory), vendorOf(config, c));
        } catch (Exception e) {
            if (sqlite) {
                ONE_AT_A_TIME.unlock();
            }
            closeQuietly(c);
            throw new MigrationError("Liquibase cannot work with " + config.maskedUrl() + ": " + config.mask(e.getMessage()),
                    SecretMask.cause(e, SecretMask.secrets(config.url(), config.password())));
        }
    }

    /**
     * Whether the connection is to SQLite. Its migration connection holds SQLite's write lock for as
     * long as it is out of autocommit (the driver begins the next IMMEDIATE transaction the moment
     * one ends), so two sessions of one JVM must not interleave: a session holding the write lock
     * while it waits for {@link #ONE_AT_A_TIME} would stall the session inside Liquibase until
     * SQLite's busy timeout fails its next BEGIN, and Liquibase's rollback then fails with "cannot
     * rollback - no transaction is active". On SQLite a session therefore holds the JVM lock from
     * open to close; between processes the database's own lock and DATABASECHANGELOGLOCK decide.
     */
    private static boolean isSqlite(Connection c) {
        try {
            String url = c.getMetaData().getURL();
            return url != null && url.startsWith("jdbc:sqlite:");
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * A plain JDBC connection, or one borrowed from the application's connections (closed when the
     * session ends, which hands it back); a failure names the database with its password masked.
     */
    static Connection connect(DatabaseConfig config) {
        try {
            if (config.adopted()) {
                return config.connections().acquire();
            }
            // the application's settings: SQLite's busy timeout and immediate transactions (two
            // migrations wait for each other), and its Java functions (char_length in a data migration)
            return UrlDataSource.of(config).getConnection();
        } catch (SQLException e) {
            throw new MigrationError("Cannot connect to " + config.maskedUrl() + ": " + config.mask(e.getMessage()),
                    SecretMask.cause(e, SecretMask.secrets(config.url(), config.password())));
        }
    }

    /**
     * The vendor of the configured URL, as the database's pool chose it (so a vendor registered for
     * some URLs of a family migrates those databases only); for adopted connections, the
     * connection's own.
     */
    private static Vendor vendorOf(DatabaseConfig config, Connection c) {
        Vendor fromUrl = config.adopted() ? null : Vendors.forUrl(config.url());
        return fromUrl != null ? fromUrl : Vendors.of(c);
    }

    Database database() {
        return database;
    }

    /** The vendor of the migrated database: its features decide what a migration may do there. */
    Vendor vendor() {
        return vendor;
    }

    /** A plain JDBC connection to the same database, for reading Liquibase's tables. */
    Connection connection() {
        return connection;
    }

    DirectoryResourceAccessor accessor() {
        return accessor;
    }

    /** Liquibase's short name of the database: h2, postgresql, mysql, mariadb. */
    String shortName() {
        return database.getShortName();
    }

    /** Runs Liquibase code in its scope. */
    <T> T run(Scope.ScopedRunnerWithReturn<T> work) throws Exception {
        if (!SCOPES_INSTALLED.get()) {
            Scope.setScopeManager(SCOPES);
            SCOPES_INSTALLED.set(true);
        }
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), accessor);
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader != null) {
            scope.put(Scope.Attr.classLoader.name(), loader);
        }
        scope.put("liquibase.changelogLockPollRate", 1);
        scope.put("liquibase.analytics.enabled", false);
        scope.put("liquibase.showBanner", false);
        ONE_AT_A_TIME.lock();
        try {
            return Scope.child(scope, work);
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    @Override
    public void close() {
        if (SqliteTables.applies(database)) {
            // an adopted connection goes back to the application's pool, which expects them on
            closeQuietly(() -> SqliteTables.foreignKeys(connection, true));
        }
        try {
            database.close();
        } catch (Exception e) {
            closeQuietly(connection);
        }
        try {
            accessor.close();
        } catch (Exception ignored) {
            // a directory accessor holds nothing worth reporting
        } finally {
            if (holdsJvmLock) {
                ONE_AT_A_TIME.unlock();
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    private static void closeQuietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException ignored) {
            // the connection is closing; the migration's own outcome is the one to report
        }
    }
}
