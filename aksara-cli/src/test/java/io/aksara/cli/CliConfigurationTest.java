package io.aksara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's database: passwords never printed, the in-memory default, and the migration lock. */
class CliConfigurationTest {
    private static int databases;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of("--dir", dir.toString()));
        all.addAll(List.of(args));
        return new AksaraCli(CommandTable.standard(), environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all.toArray(String[]::new));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noCommandPrintsAPasswordWrittenInTheUrl() throws Exception {
        String unreachable = "jdbc:h2:tcp://127.0.0.1:1/mem:gone;USER=sa;PASSWORD=Cli-Url-Secret";
        assertThat(run(Map.of(), "makemigrations")).isZero();
        for (String[] command : List.of(new String[] {"migrate"}, new String[] {"showmigrations"},
                new String[] {"sqlmigrate", "0001"}, new String[] {"inspectdb"}, new String[] {"migrate", "--release-lock"})) {
            List<String> args = new ArrayList<>(List.of("--url", unreachable));
            args.addAll(List.of(command));
            assertThat(run(Map.of(), args.toArray(String[]::new))).as(String.join(" ", command)).isEqualTo(1);
            assertThat(printed()).as(String.join(" ", command)).contains("PASSWORD=****").doesNotContain("Cli-Url-Secret");
        }
        // the same from the environment, and a URL that is not a JDBC URL at all
        assertThat(run(Map.of("AKSARA_DATABASE_URL", unreachable), "showmigrations")).isEqualTo(1);
        assertThat(printed()).doesNotContain("Cli-Url-Secret");
        assertThat(run(Map.of(), "--url", "postgresql://shop:Cli-Url-Secret@db/shop", "migrate")).isEqualTo(1);
        assertThat(printed()).contains("must be a JDBC URL", "postgresql://shop:****@db/shop").doesNotContain("Cli-Url-Secret");
    }

    @Test
    void aPasswordGivenSeparatelyIsNotPrintedEither() throws Exception {
        String url = "jdbc:h2:mem:cli_pw" + (databases++) + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", "Right-Password")) {
            assertThat(c.isValid(1)).isTrue(); // the database now exists with this password
        }
        Files.createDirectories(dir);
        assertThat(run(Map.of(), "--url", url, "--user", "sa", "--password", "Cli-Wrong-Secret", "showmigrations")).isEqualTo(1);
        assertThat(printed()).contains("Cannot connect to").doesNotContain("Cli-Wrong-Secret");
        assertThat(run(Map.of("AKSARA_DATABASE_URL", url, "AKSARA_DATABASE_USER", "sa", "AKSARA_DATABASE_PASSWORD",
                "Cli-Wrong-Secret"), "migrate")).isEqualTo(1);
        assertThat(printed()).doesNotContain("Cli-Wrong-Secret");
    }

    @Test
    void withoutADatabaseTheInMemoryDefaultWarnsOrIsForbidden() {
        assertThat(run(Map.of(), "makemigrations")).isZero();
        assertThat(printed()).as("makemigrations needs no database").doesNotContain("warning");
        assertThat(run(Map.of(), "showmigrations")).isZero();
        assertThat(printed()).contains("warning: no database given", "in-memory H2", "AKSARA_ALLOW_EMBEDDED_DEFAULT=false");

        Map<String, String> forbidden = Map.of("AKSARA_ALLOW_EMBEDDED_DEFAULT", "false");
        assertThat(run(forbidden, "migrate")).isEqualTo(1);
        assertThat(printed()).contains("error: No database is configured", "forbidden", "AKSARA_DATABASE_URL");
        assertThat(run(forbidden, "makemigrations", "--check")).as("still needs no database").isZero();
    }

    @Test
    void showmigrationsShowsAHeldLockAndMigrateReleasesIt() throws Exception {
        String url = "jdbc:h2:mem:cli_lock" + (databases++) + ";DB_CLOSE_DELAY=-1";
        assertThat(run(Map.of(), "makemigrations")).isZero();
        assertThat(run(Map.of(), "--url", url, "migrate")).isZero();
        assertThat(run(Map.of(), "--url", url, "migrate", "zero")).isZero();
        Instant granted = Instant.now().minus(3, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        try (Connection c = DriverManager.getConnection(url, "", "");
             PreparedStatement s = c.prepareStatement("update DATABASECHANGELOGLOCK set LOCKED = true, LOCKGRANTED = ?, "
                     + "LOCKEDBY = 'ci-runner (10.1.2.3)' where ID = 1")) {
            s.setTimestamp(1, Timestamp.from(granted));
            assertThat(s.executeUpdate()).isEqualTo(1); // what a killed migrate leaves
        }
        assertThat(run(Map.of(), "--url", url, "showmigrations")).isZero();
        assertThat(printed()).contains("[ ] 0001_initial", "The migration lock is held by ci-runner (10.1.2.3) since " + granted);

        assertThat(run(Map.of(), "--url", url, "migrate", "--lock-wait", "0")).isEqualTo(1);
        assertThat(printed()).contains("held by ci-runner (10.1.2.3)", "(3 min", "--release-lock --force");
        assertThat(run(Map.of(), "--url", url, "migrate", "--release-lock")).isEqualTo(1);
        assertThat(printed()).contains("Nothing was released");
        assertThat(run(Map.of(), "--url", url, "migrate", "--release-lock", "--stale-after", "60")).isZero();
        assertThat(printed()).contains("Released the migration lock, which was held by ci-runner (10.1.2.3)");
        assertThat(run(Map.of(), "--url", url, "migrate")).isZero();
        assertThat(printed()).contains("Applied 0001_initial");
        assertThat(run(Map.of(), "--url", url, "migrate", "--release-lock")).isZero();
        assertThat(printed()).contains("not held");

        assertThat(run(Map.of(), "--url", url, "migrate", "--force")).isEqualTo(2);
        assertThat(run(Map.of(), "--url", url, "migrate", "--lock-wait", "soon")).isEqualTo(2);
        assertThat(printed()).contains("--lock-wait takes a whole number of seconds");
    }
}
