package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.errors.AksaraException;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.vendor.Feature;
import io.aksara.schema.MigrationError;
import io.aksara.schema.migrations.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * A password written into the JDBC URL, in each driver's own spelling, never reaches a message,
 * a cause's message, a {@code toString} or the log (HikariCP, the drivers and Aksara at DEBUG);
 * neither does one given separately. On every database (@OnEveryDatabase).
 */
@OnEveryDatabase
class SecretsSuite {
    private static final AtomicInteger ALIASES = new AtomicInteger();

    @Parameter
    TestDatabase db;

    @TempDir
    Path migrations;

    private DatabaseConfig database;
    private String alias;

    @BeforeParameterizedClassInvocation
    void realCredentials() throws SQLException {
        DatabaseConfig config = db.config();
        if (db == TestDatabase.H2) {
            // an in-memory H2 database takes the credentials of its first connection (DB_CLOSE_DELAY=-1 keeps it):
            // give it a password, so a wrong one is refused
            config = DatabaseConfig.builder().url(config.url()).user("sa").password("H2-Real-Pw").build();
            try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password())) {
                assertThat(c.isValid(1)).isTrue();
            }
        }
        database = config;
    }

    @BeforeEach
    void newAlias() {
        db.assumeFeature(Feature.PASSWORDS); // SQLite has no users and no passwords: there is no secret to keep
        alias = "secrets" + ALIASES.incrementAndGet();
    }

    /** The database with its real credentials. */
    DatabaseConfig database() {
        return database;
    }

    /** Whether the database checks passwords (the embedded PostgreSQL trusts every local login). */
    boolean checksPasswords() {
        return db != TestDatabase.EMBEDDED_POSTGRES;
    }

    /**
     * The same database with user and password written into the URL, the way its driver reads them:
     * {@code ?user=..&password=..} (pgjdbc, the MariaDB driver), {@code user:pw@host} (Connector/J),
     * {@code ;USER=..;PASSWORD=..} (H2).
     */
    DatabaseConfig withPasswordInUrl(String password) {
        DatabaseConfig real = database();
        String url = real.url();
        String user = real.user() == null ? "sa" : real.user();
        String withCredentials;
        if (url.startsWith("jdbc:h2:")) {
            withCredentials = url + ";USER=" + user + ";PASSWORD=" + password;
        } else if (url.startsWith("jdbc:mysql://")) {
            withCredentials = "jdbc:mysql://" + user + ":" + password + "@" + url.substring("jdbc:mysql://".length());
        } else {
            withCredentials = url + (url.contains("?") ? "&" : "?") + "user=" + user + "&password=" + password;
        }
        return DatabaseConfig.builder().url(withCredentials).poolSize(2).connectionTimeoutMs(2_000).build();
    }

    /** A URL of the same kind whose server is not there. */
    DatabaseConfig unreachable(String password) {
        String url = withPasswordInUrl(password).url();
        if (url.startsWith("jdbc:h2:")) {
            return DatabaseConfig.builder().url("jdbc:h2:tcp://127.0.0.1:1/mem:gone;USER=sa;PASSWORD=" + password)
                    .connectionTimeoutMs(2_000).build();
        }
        return DatabaseConfig.builder().url(url.replaceFirst("127\\.0\\.0\\.1:\\d+|localhost:\\d+", "127.0.0.1:1"))
                .connectionTimeoutMs(2_000).build();
    }

    @AfterEach
    void closePools() {
        Aksara.close();
    }

    @Test
    void aPasswordInTheUrlWorksAndIsMaskedInToStringAndTheDebugLog() throws Exception {
        String password = database().password() == null || database().password().isEmpty() ? "" : database().password();
        DatabaseConfig config = withPasswordInUrl(password);
        try (LogCapture log = LogCapture.debug("com.zaxxer.hikari", "io.aksara", "org.mariadb.jdbc")) {
            Aksara.configure(alias, config);
            try (Connection c = JooqBackend.of(Aksara.backend(alias)).dataSource().getConnection()) {
                assertThat(c.isValid(2)).isTrue();
            }
            String text = log.text();
            assertThat(text).as("HikariCP logged its configuration at DEBUG").contains("aksara-" + alias);
            assertThat(text).contains(config.maskedUrl());
            assertNoPasswordInUrlForm(text, password);
        }
        assertThat(config.toString()).contains("****");
        assertNoPasswordInUrlForm(config.toString(), password);
        assertNoPasswordInUrlForm(Aksara.backend(alias).toString(), password);
    }

    @Test
    void aWrongPasswordInTheUrlNeverShowsInTheErrorOrTheLog() {
        String secret = "Wr0ng-Secret-" + alias;
        DatabaseConfig config = withPasswordInUrl(secret);
        try (LogCapture log = LogCapture.debug("com.zaxxer.hikari", "io.aksara", "org.mariadb.jdbc")) {
            Aksara.configure(alias, config);
            if (checksPasswords()) {
                assertThatThrownBy(() -> Aksara.backend(alias)).isInstanceOf(AksaraException.class)
                        .hasMessageContaining("Cannot open database '" + alias + "' at " + config.maskedUrl())
                        .satisfies(e -> assertNowhere(e, secret));
            } else {
                assertThat(Aksara.backend(alias).vendor()).isNotBlank(); // trusted: the login works anyway
            }
            assertThat(log.text()).contains("aksara-" + alias).doesNotContain(secret);
        }
    }

    @Test
    void anUnreachableServerNamesTheMaskedUrl() {
        String secret = "Unreach-Secret-" + alias;
        DatabaseConfig config = unreachable(secret);
        try (LogCapture log = LogCapture.debug("com.zaxxer.hikari", "io.aksara", "org.mariadb.jdbc")) {
            Aksara.configure(alias, config);
            assertThatThrownBy(() -> Aksara.backend(alias)).isInstanceOf(AksaraException.class)
                    .hasMessageContaining("Cannot open database '" + alias + "' at " + config.maskedUrl())
                    .satisfies(e -> assertNowhere(e, secret));
            assertThat(log.text()).doesNotContain(secret);
        }
    }

    @Test
    void migrationsThatCannotConnectShowNoPassword() {
        String secret = "Migrate-Secret-" + alias;
        Migrations unreachable = Migrations.at(migrations).database(unreachable(secret));
        assertThatThrownBy(unreachable::showmigrations).isInstanceOf(MigrationError.class)
                .hasMessageContaining("Cannot connect to " + unreachable(secret).maskedUrl())
                .satisfies(e -> assertNowhere(e, secret));
        if (checksPasswords()) {
            Migrations wrong = Migrations.at(migrations).database(withPasswordInUrl(secret));
            assertThatThrownBy(wrong::migrate).isInstanceOf(MigrationError.class)
                    .hasMessageContaining("Cannot connect to")
                    .satisfies(e -> assertNowhere(e, secret));
        }
    }

    @Test
    void aSeparatePasswordNeverShows() {
        String secret = "Separate-Secret-" + alias;
        DatabaseConfig real = database();
        DatabaseConfig config = DatabaseConfig.builder()
                .url(checksPasswords() ? real.url() : unreachable("x").url().replaceFirst("[?;].*$", ""))
                .user(real.user()).password(secret).connectionTimeoutMs(2_000).build();
        assertThat(config.toString()).doesNotContain(secret);
        try (LogCapture log = LogCapture.debug("com.zaxxer.hikari", "io.aksara", "org.mariadb.jdbc")) {
            Aksara.configure(alias, config);
            assertThatThrownBy(() -> Aksara.backend(alias)).isInstanceOf(AksaraException.class)
                    .satisfies(e -> assertNowhere(e, secret));
            assertThat(log.text()).doesNotContain(secret);
        }
        assertThatThrownBy(() -> Migrations.at(migrations).database(config).showmigrations())
                .isInstanceOf(MigrationError.class).satisfies(e -> assertNowhere(e, secret));
    }

    /** The exception, every cause and every suppressed exception say nothing of the secret. */
    static void assertNowhere(Throwable e, String secret) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
            assertThat(t.toString()).doesNotContain(secret);
            for (Throwable s : t.getSuppressed()) {
                assertNowhere(s, secret);
            }
        }
    }

    /** The real password may be an ordinary word (the test servers use their user name): look for it where a URL puts it. */
    private static void assertNoPasswordInUrlForm(String text, String password) {
        if (password.isEmpty()) {
            return;
        }
        assertThat(text.toLowerCase()).doesNotContain("password=" + password.toLowerCase()).doesNotContain(":" + password + "@");
    }
}
