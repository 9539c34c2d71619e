package io.aksara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.cli.models.Gadget;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./aksara dumpdata} and {@code loaddata}: rows out to a JSON file and back in. */
class FixtureCommandsTest {
    @TempDir
    Path dir;

    private final String url = "jdbc:h2:mem:cli_fixtures;DB_CLOSE_DELAY=-1";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of("--dir", dir.resolve("migrations").toString(), "--url", url));
        all.addAll(List.of(args));
        return new AksaraCli(CommandTable.standard(), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all.toArray(String[]::new));
    }

    @AfterEach
    void dropTable() {
        assertThat(run("migrate", "zero")).isZero();
        Aksara.close();
    }

    @Test
    void dumpdataWritesTheRowsAndLoaddataBringsThemBack() throws Exception {
        assertThat(run("makemigrations")).isZero();
        assertThat(run("migrate")).isZero();
        Aksara.configure(DatabaseConfig.builder().url(url).build());
        Gadget.objects.create("name", "lamp", "weight", 3);
        Gadget.objects.create("name", "desk", "weight", 40);

        assertThat(run("dumpdata", "Gadget")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("\"model\":\"io.aksara.cli.models.Gadget\"", "\"name\":\"lamp\"", "\"weight\":40");

        Path fixture = dir.resolve("gadgets.json");
        assertThat(run("dumpdata", "--output", fixture.toString())).isZero(); // no model named: every indexed model
        assertThat(Files.readString(fixture)).contains("\"name\":\"desk\"");

        Aksara.configure(DatabaseConfig.builder().url(url).build());
        Gadget.objects.all().delete();
        assertThat(run("loaddata", fixture.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Installed 2 object(s) from 1 fixture(s)");
        Aksara.configure(DatabaseConfig.builder().url(url).build());
        assertThat(Gadget.objects.orderBy("name").valuesList("name", "weight").fetch())
                .containsExactly(List.of("desk", 40), List.of("lamp", 3));
    }

    @Test
    void loaddataWithoutAFileIsAUsageErrorAndABadFixtureNamesTheProblem() throws Exception {
        assertThat(run("makemigrations")).isZero();
        assertThat(run("migrate")).isZero();
        assertThat(run("loaddata")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("loaddata needs at least one fixture file");

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[{\"model\": \"Gadget\", \"pk\": 1, \"fields\": {\"colour\": \"red\"}}]");
        assertThat(run("loaddata", bad.toString())).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Gadget has no field 'colour'", "name", "weight");
    }
}
