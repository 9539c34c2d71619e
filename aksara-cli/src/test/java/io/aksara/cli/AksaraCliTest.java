package io.aksara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, what it prints, and what it writes. */
class AksaraCliTest {
    private static int databases;

    @TempDir
    Path dir;

    private String url;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void freshDatabase() {
        url = "jdbc:h2:mem:cli" + (databases++) + ";DB_CLOSE_DELAY=-1";
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of("--dir", dir.toString(), "--url", url));
        all.addAll(List.of(args));
        return new AksaraCli(CommandTable.standard(), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all.toArray(String[]::new));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheCommandsAndEachCommandHasItsOwnHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("makemigrations", "migrate", "showmigrations", "sqlmigrate", "--dir", "AKSARA_DATABASE_URL");
        assertThat(run("makemigrations", "--help")).isZero();
        assertThat(out()).contains("usage: ./aksara makemigrations", "--check", "--empty", "--default");
        assertThat(run("migrate", "--help")).isZero();
        assertThat(out()).contains("usage: ./aksara migrate [TARGET | zero]");
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("commands:");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'frobnicate'").contains("makemigrations, migrate, showmigrations, sqlmigrate");
        assertThat(run("makemigrations", "--frob")).isEqualTo(2);
        assertThat(err()).contains("Unknown option --frob").contains("usage: ./aksara makemigrations");
        assertThat(run("sqlmigrate")).isEqualTo(2);
        assertThat(run("makemigrations", "--default", "weight")).isEqualTo(2);
        assertThat(err()).contains("TABLE.COLUMN=VALUE");
    }

    @Test
    void globalOptionsMayFollowTheCommandAndValuesMayBeAttached() throws Exception {
        out.reset();
        err.reset();
        int code = new AksaraCli(CommandTable.standard(), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("makemigrations", "--name=first_cut", "--dir=" + dir, "--url", url);
        assertThat(code).isZero();
        assertThat(dir.resolve("0001_first_cut.yaml")).exists();
        assertThat(run("migrate", "--lock-wait")).isEqualTo(2);
        assertThat(err()).contains("--lock-wait").contains("usage: ./aksara migrate");
        assertThat(run("--dir")).isEqualTo(2);
        assertThat(err()).contains("--dir");
    }

    @Test
    void checkExitsNonZeroUntilTheMigrationIsWritten() throws Exception {
        assertThat(run("makemigrations", "--check")).isEqualTo(1);
        assertThat(out()).contains("Models have changes without a migration").contains("create_cli_gadgets");
        assertThat(dir.resolve("0001_initial.yaml")).doesNotExist();

        assertThat(run("makemigrations", "--dry-run")).isZero();
        assertThat(out()).contains("Would write").contains("createTable");
        assertThat(dir.resolve("0001_initial.yaml")).doesNotExist();

        assertThat(run("makemigrations")).isZero();
        assertThat(out()).contains("Wrote").contains("0001_initial.yaml");
        assertThat(Files.readString(dir.resolve("changelog.yaml"))).contains("0001_initial.yaml");

        assertThat(run("makemigrations", "--check")).isZero();
        assertThat(out()).contains("No changes detected.");
    }

    @Test
    void migrateShowAndSqlmigrate() {
        assertThat(run("makemigrations")).isZero();
        assertThat(run("sqlmigrate", "0001")).isZero();
        assertThat(out().toLowerCase()).contains("create table").contains("cli_gadgets").contains("-- 0001_initial on h2");
        assertThat(run("showmigrations")).isZero();
        assertThat(out()).contains("[ ] 0001_initial");

        assertThat(run("migrate")).isZero();
        assertThat(out()).contains("Applied 0001_initial");
        assertThat(run("showmigrations")).isZero();
        assertThat(out()).contains("[X] 0001_initial");
        assertThat(run("migrate")).isZero();
        assertThat(out()).contains("No migrations to apply");

        assertThat(run("migrate", "zero")).isZero();
        assertThat(out()).contains("Rolled back 0001_initial");

        assertThat(run("migrate", "0042_missing")).isEqualTo(1);
        assertThat(err()).contains("error: Unknown migration '0042_missing'");
    }

    @Test
    void inspectdbWritesModelsForTheTablesItFinds() throws Exception {
        assertThat(run("makemigrations")).isZero();
        assertThat(run("migrate")).isZero();
        assertThat(run("inspectdb", "--package", "legacy", "cli_gadgets")).isZero();
        assertThat(out()).contains("// CliGadget.java", "package legacy;", "public class CliGadget extends Model",
                "@StringField(maxLength = 40) public String name;");
        Path src = dir.resolve("src");
        assertThat(run("inspectdb", "--package", "legacy", "--out", src.toString(), "cli_gadgets")).isZero();
        assertThat(src.resolve("legacy/CliGadget.java")).exists();
        assertThat(run("inspectdb", "--help")).isZero();
        assertThat(out()).contains("usage: ./aksara inspectdb");
    }

    @Test
    void inspectdbCheckFailsWhenTheCommittedModelsNoLongerMatchTheSchema() throws Exception {
        Path src = dir.resolve("src");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url); java.sql.Statement s = c.createStatement()) {
            s.execute("create table legacy_parts (id bigint generated by default as identity primary key, label varchar(20) not null)");
            s.execute("create table legacy_bins (id bigint generated by default as identity primary key, code varchar(8) not null)");
        }
        assertThat(run("inspectdb", "--package", "legacy", "--out", src.toString())).isZero();
        assertThat(run("inspectdb", "--package", "legacy", "--out", src.toString(), "--check")).isZero();
        assertThat(out()).contains("The models of legacy under " + src + " match the schema (2 tables).");
        assertThat(src.resolve("legacy/LegacyPart.java")).exists();

        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url); java.sql.Statement s = c.createStatement()) {
            s.execute("alter table legacy_parts add column weight int");
            s.execute("drop table legacy_bins");
            s.execute("create table legacy_crates (id bigint generated by default as identity primary key)");
        }
        String before = java.nio.file.Files.readString(src.resolve("legacy/LegacyPart.java"));
        assertThat(run("inspectdb", "--package", "legacy", "--out", src.toString(), "--check")).isEqualTo(1);
        assertThat(out()).contains("are stale",
                src.resolve("legacy/LegacyPart.java") + ": differs from the schema: the schema gives 'import io.aksara.fields.IntegerField;'",
                "public Integer weight;",
                src.resolve("legacy/LegacyCrate.java") + ": missing (a table without a model)",
                src.resolve("legacy/LegacyBin.java") + ": generated by inspectdb for a table the schema no longer has",
                "Regenerate them with ./aksara inspectdb --package legacy --out " + src);
        assertThat(java.nio.file.Files.readString(src.resolve("legacy/LegacyPart.java"))).isEqualTo(before);   // --check writes nothing
        assertThat(run("inspectdb", "--check")).isEqualTo(2);
    }

    @Test
    void fakeInitialAdoptsTablesThatExistAndFakeOnlyRewritesTheHistory() throws Exception {
        assertThat(run("makemigrations")).isZero();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.Statement s = c.createStatement()) {
            // the table as a legacy application made it, before any migration
            s.execute("create table cli_gadgets (id bigint generated by default as identity primary key, name varchar(40) not null, weight int not null)");
            s.execute("insert into cli_gadgets (name, weight) values ('kept', 1)");
        }
        assertThat(run("migrate")).isEqualTo(1);   // running 0001 would create a table that exists
        assertThat(run("migrate", "--fake-initial")).isZero();
        assertThat(out()).contains("Faked 0001_initial").doesNotContain("Applied");
        assertThat(run("showmigrations")).isZero();
        assertThat(out()).contains("[X] 0001_initial");

        assertThat(run("migrate", "--fake", "zero")).isZero();
        assertThat(out()).contains("Unmarked 0001_initial");
        assertThat(run("showmigrations")).isZero();
        assertThat(out()).contains("[ ] 0001_initial");
        assertThat(run("migrate", "--fake")).isZero();
        assertThat(out()).contains("Faked 0001_initial");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.ResultSet rs = c.createStatement().executeQuery("select name from cli_gadgets")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");   // nothing was dropped or recreated
        }
        assertThat(run("migrate", "--fake", "--fake-initial")).isEqualTo(2);
    }

    @Test
    void fakeInitialRunsAMigrationWhoseTablesDoNotExist() {
        assertThat(run("makemigrations")).isZero();
        assertThat(run("migrate", "--fake-initial")).isZero();
        assertThat(out()).contains("Applied 0001_initial").doesNotContain("Faked");
    }

    @Test
    void emptyWritesAMigrationToFillIn() throws Exception {
        assertThat(run("makemigrations", "--empty", "--name", "fill_weights")).isZero();
        assertThat(Files.readString(dir.resolve("0001_fill_weights.yaml"))).contains("changes: []").contains("customChange");
        // left empty, it still runs and rolls back
        assertThat(run("migrate")).isZero();
        assertThat(out()).contains("Applied 0001_fill_weights");
        assertThat(run("migrate", "zero")).isZero();
        assertThat(out()).contains("Rolled back 0001_fill_weights");
    }
}
