package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.internal.DataSourceConnections;
import io.aksara.internal.SecretMask;
import io.aksara.spi.ConnectionSource;
import io.aksara.internal.TransactionPooling;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where a database is and how to pool connections to it.
 *
 * <pre>{@code
 * Aksara.configure(DatabaseConfig.builder()
 *     .url("jdbc:postgresql://localhost:5432/shop").user("shop").password("secret")
 *     .poolSize(10).build());
 * }</pre>
 *
 * <p>With nothing configured, Aksara reads {@link #fromEnvironment() the environment}, and
 * without that uses an {@link #embedded() embedded H2 database}.
 *
 * <p>An application that already has a pool hands it over instead of a URL; Aksara then borrows
 * its connections, joins the transactions the application holds on it, and never closes it:
 *
 * <pre>{@code
 * Aksara.configure(DatabaseConfig.of(dataSource));
 * }</pre>
 *
 * @param url                 the JDBC URL ({@code jdbc:postgresql:}, {@code jdbc:mysql:}, {@code jdbc:mariadb:}, {@code jdbc:h2:},
 *                            {@code jdbc:sqlite:});
 *                            null when {@code connections} is given
 * @param user                the user, or null
 * @param password            the password, or null
 * @param poolSize            the maximum number of pooled connections
 * @param connectionTimeoutMs how long to wait for a free connection before failing
 * @param statementTimeout    the longest any statement may run before it is cancelled on the server
 *                            ({@link io.aksara.errors.QueryTimeout}), or null for no limit; a QuerySet's
 *                            {@code timeout(...)} replaces it, an atomic block's remaining time caps it
 * @param connections         the application's own connections (a DataSource, a jOOQ configuration), or
 *                            null for a pool of Aksara's own opened from the URL
 * @param fairQueue           how many callers hold a connection of Aksara's own pool at once while the
 *                            others wait in a fair (first come, first served) queue in front of it:
 *                            {@code poolSize} by default, 0 to turn the queue off; always 0 for the
 *                            application's connections. See {@link Builder#fairQueue(boolean)}
 */
public record DatabaseConfig(String url, String user, String password, int poolSize, long connectionTimeoutMs,
        Duration statementTimeout, ConnectionSource connections, int fairQueue) {
    /** The URL of the embedded default database: in-memory H2, kept while the JVM runs. */
    public static final String EMBEDDED_URL = "jdbc:h2:mem:aksara;DB_CLOSE_DELAY=-1";

    public DatabaseConfig {
        if (connections == null) {
            Objects.requireNonNull(url, "url");
        }
        if (url != null && !url.startsWith("jdbc:")) {
            throw new AksaraException("A database URL must be a JDBC URL starting with 'jdbc:', got '"
                    + SecretMask.url(url) + "'");
        }
        if (poolSize < 1) {
            throw new AksaraException("poolSize must be at least 1, got " + poolSize);
        }
        if (connectionTimeoutMs < 250) {
            throw new AksaraException("connectionTimeoutMs must be at least 250, got " + connectionTimeoutMs);
        }
        if (statementTimeout != null && (statementTimeout.isNegative() || statementTimeout.isZero())) {
            throw new AksaraException("statementTimeout must be positive, got " + statementTimeout);
        }
        if (fairQueue < 0 || fairQueue > poolSize) {
            throw new AksaraException("fairQueue must be between 0 (off) and poolSize (" + poolSize
                    + "): more callers than connections would wait in the pool again, got " + fairQueue);
        }
        if (connections != null && fairQueue != 0) {
            throw new AksaraException("fairQueue applies to Aksara's own pool; the application's connections ("
                    + connections.describe() + ") are queued by the application's pool");
        }
    }

    /** As the canonical constructor, with the fair queue's default: {@code poolSize} for a pool of Aksara's own. */
    public DatabaseConfig(String url, String user, String password, int poolSize, long connectionTimeoutMs,
            Duration statementTimeout, ConnectionSource connections) {
        this(url, user, password, poolSize, connectionTimeoutMs, statementTimeout, connections,
                connections == null ? poolSize : 0);
    }

    /** A database on a pool of Aksara's own, opened from the URL (as before connection sources existed). */
    public DatabaseConfig(String url, String user, String password, int poolSize, long connectionTimeoutMs,
            Duration statementTimeout) {
        this(url, user, password, poolSize, connectionTimeoutMs, statementTimeout, null);
    }

    /**
     * The application's {@link DataSource}: Aksara borrows its connections, takes part in the
     * transactions the application holds on it (Spring's {@code @Transactional} with
     * {@code aksara-spring} on the class path) and never closes it.
     *
     * <pre>{@code Aksara.configure(DatabaseConfig.of(dataSource)); }</pre>
     */
    public static DatabaseConfig of(DataSource dataSource) {
        return builder().dataSource(dataSource).build();
    }

    /** Whether Aksara borrows the application's connections rather than pooling its own. */
    public boolean adopted() {
        return connections != null;
    }

    /** Starts a configuration; pool size 10 and a 30 s connection timeout unless set. */
    public static Builder builder() {
        return new Builder();
    }

    /** The embedded in-memory H2 database. */
    public static DatabaseConfig embedded() {
        return builder().url(EMBEDDED_URL).user("sa").password("").build();
    }

    /**
     * An embedded SQLite database in a file (created when missing), the second embedded choice
     * next to H2: the data outlives the JVM, and any SQLite tool opens it. Needs
     * {@code org.xerial:sqlite-jdbc} on the class path. A file, not {@code :memory:}: each pooled
     * connection to an in-memory SQLite database would see a database of its own.
     *
     * <pre>{@code
     * Aksara.configure(DatabaseConfig.sqlite("shop.db"));
     * }</pre>
     */
    public static DatabaseConfig sqlite(String file) {
        return builder().url("jdbc:sqlite:" + file).build();
    }

    /**
     * Reads {@code AKSARA_DATABASE_URL}, {@code AKSARA_DATABASE_USER}, {@code AKSARA_DATABASE_PASSWORD}
     * {@code AKSARA_DATABASE_POOL_SIZE} and {@code AKSARA_STATEMENT_TIMEOUT} (milliseconds); null when
     * the URL is not set.
     *
     * <pre>{@code
     * // AKSARA_DATABASE_URL=jdbc:postgresql://db:5432/shop AKSARA_DATABASE_POOL_SIZE=20 java -jar app.jar
     * DatabaseConfig config = DatabaseConfig.fromEnvironment();
     * }</pre>
     */
    public static DatabaseConfig fromEnvironment() {
        return fromMap(System.getenv());
    }

    /** As {@link #fromEnvironment()}, from any map of variables. */
    public static DatabaseConfig fromMap(Map<String, String> env) {
        String url = env.get("AKSARA_DATABASE_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        Builder b = builder().url(url.trim()).user(env.get("AKSARA_DATABASE_USER")).password(env.get("AKSARA_DATABASE_PASSWORD"));
        String pool = env.get("AKSARA_DATABASE_POOL_SIZE");
        if (pool != null && !pool.isBlank()) {
            try {
                b.poolSize(Integer.parseInt(pool.trim()));
            } catch (NumberFormatException e) {
                throw new AksaraException("AKSARA_DATABASE_POOL_SIZE must be a whole number, got '" + pool + "'");
            }
        }
        String timeout = env.get("AKSARA_STATEMENT_TIMEOUT");
        if (timeout != null && !timeout.isBlank()) {
            try {
                b.statementTimeout(Duration.ofMillis(Long.parseLong(timeout.trim())));
            } catch (NumberFormatException e) {
                throw new AksaraException("AKSARA_STATEMENT_TIMEOUT must be a whole number of milliseconds, got '" + timeout + "'");
            }
        }
        return b.build();
    }

    /**
     * The URL with any password written in it replaced by {@code ****}: what messages and logs show.
     *
     * <pre>{@code
     * DatabaseConfig.builder().url("jdbc:mysql://shop:s3cret@db/shop").build().maskedUrl();   // jdbc:mysql://shop:****@db/shop
     * }</pre>
     */
    public String maskedUrl() {
        return url == null ? connections.describe() : SecretMask.url(url);
    }

    /** {@code text} with this configuration's passwords (in the URL or given separately) masked. */
    public String mask(String text) {
        return SecretMask.text(text, SecretMask.secrets(url, password));
    }

    /**
     * Whether this database is reached through a transaction-mode pooler such as PgBouncer: a
     * PostgreSQL URL with {@code prepareThreshold=0} (see {@link Builder#behindTransactionPooler()}).
     * Aksara then leaves no state on a server session: isolation levels are set per transaction,
     * and a query is stopped through the driver's cancel request only.
     */
    public boolean behindTransactionPooler() {
        return TransactionPooling.behind(url);
    }

    @Override
    public String toString() { // never print the password, neither the separate one nor one in the URL
        if (connections != null) {
            return "DatabaseConfig[" + connections.describe() + "]";
        }
        return "DatabaseConfig[url=" + maskedUrl() + ", user=" + user + ", poolSize=" + poolSize + "]";
    }

    /** Collects a {@link DatabaseConfig}. */
    public static final class Builder {
        private String url;
        private String user;
        private String password;
        private int poolSize = 10;
        private long connectionTimeoutMs = 30_000;
        private Duration statementTimeout;
        private ConnectionSource connections;
        private boolean transactionPooler;
        /** -1: the default, poolSize for a pool of Aksara's own. */
        private int fairQueue = -1;

        public Builder url(String v) { url = v; return this; }
        public Builder user(String v) { user = v; return this; }
        public Builder password(String v) { password = v; return this; }
        public Builder poolSize(int v) { poolSize = v; return this; }
        public Builder connectionTimeoutMs(long v) { connectionTimeoutMs = v; return this; }
        /** The default statement time limit; see {@link DatabaseConfig#statementTimeout()}. */
        public Builder statementTimeout(Duration v) { statementTimeout = v; return this; }
        /** The application's data source instead of a URL; see {@link DatabaseConfig#of(DataSource)}. */
        public Builder dataSource(DataSource v) {
            connections = v == null ? null : new DataSourceConnections(v);
            return this;
        }
        /** Connections from elsewhere (a jOOQ configuration: {@code JooqDatabases.config(dsl)}). */
        public Builder connections(ConnectionSource v) { connections = v; return this; }

        /**
         * The database is reached through a pooler in transaction mode (PgBouncer's
         * {@code pool_mode=transaction}): adds pgjdbc's {@code prepareThreshold=0} to the URL, so no
         * server-side prepared statement outlives its transaction. PostgreSQL URLs only.
         *
         * <pre>{@code
         * DatabaseConfig.builder().url("jdbc:postgresql://pgbouncer:6432/shop").user("shop").password(pw)
         *     .behindTransactionPooler().build();     // jdbc:postgresql://pgbouncer:6432/shop?prepareThreshold=0
         * }</pre>
         */
        public Builder behindTransactionPooler() { transactionPooler = true; return this; }

        /**
         * Whether callers wait for a connection of Aksara's own pool in a fair queue (on by default).
         * With it, at most {@code poolSize} callers hold a connection and the others wait in
         * arrival order on a fair semaphore, so the pool never has waiters of its own: HikariCP's
         * hand-off to waiters is not first come, first served, and with many more virtual threads
         * than connections some threads would wait far longer than others (p99.9 of seconds) and
         * throughput drops. The queue costs two uncontended atomic operations per connection lease
         * when there is no one waiting. Waiting in it counts toward {@code connectionTimeoutMs},
         * with the pool's usual error when it runs out. See docs/configuration.md, "Pool size".
         *
         * <pre>{@code
         * DatabaseConfig.builder().url(url).poolSize(10).build();                   // 10 connections, the rest wait in line
         * DatabaseConfig.builder().url(url).poolSize(10).fairQueue(false).build();  // wait in HikariCP's own hand-off
         * }</pre>
         */
        public Builder fairQueue(boolean on) { fairQueue = on ? -1 : 0; return this; }

        /**
         * A fair queue that admits {@code admitted} callers at once (1 to {@code poolSize}), fewer
         * than the pool's connections to leave some for work outside Aksara; 0 turns it off.
         *
         * <pre>{@code DatabaseConfig.builder().url(url).poolSize(10).fairQueue(8).build(); }</pre>
         */
        public Builder fairQueue(int admitted) {
            if (admitted < 0) {
                throw new AksaraException("fairQueue must be 0 (off) or the number of callers admitted at once, got " + admitted);
            }
            fairQueue = admitted;
            return this;
        }

        public DatabaseConfig build() {
            if (url == null && connections == null) {
                throw new AksaraException("DatabaseConfig needs a url, or the application's connections: "
                        + "builder().dataSource(dataSource)");
            }
            if (url != null && connections != null) {
                throw new AksaraException("DatabaseConfig takes a url or the application's connections ("
                        + connections.describe() + "), not both: the url would open a second pool");
            }
            if (transactionPooler && connections != null) {
                throw new AksaraException("behindTransactionPooler() applies to a url; with the application's connections ("
                        + connections.describe() + "), set prepareThreshold=0 on the application's pool");
            }
            if (connections != null && fairQueue > 0) {
                throw new AksaraException("fairQueue applies to a url; the application's connections ("
                        + connections.describe() + ") are queued by the application's pool");
            }
            String url = transactionPooler ? TransactionPooling.url(this.url) : this.url;
            int queue = fairQueue >= 0 ? fairQueue : connections == null ? poolSize : 0;
            return new DatabaseConfig(url, user, password, poolSize, connectionTimeoutMs, statementTimeout, connections, queue);
        }
    }
}
