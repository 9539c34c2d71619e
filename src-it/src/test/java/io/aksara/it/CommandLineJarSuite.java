package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.DatabaseConfig;
import io.aksara.it.models.jar.JarGadget;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * The standalone command line, {@code aksara-cli-VERSION-all.jar}, run as a user runs it: a process
 * of its own over an application's classes (one model and its model index, nothing of this
 * build's classpath), with the database in its environment. Once with the application on
 * {@code java -cp}, once with {@code java -jar ... --classpath}. H2 runs on a file, so what one
 * process did is there for the next; SQLite skips (its driver is the application's to bring).
 */
@OnEveryDatabase
class CommandLineJarSuite {
    @Parameter
    TestDatabase db;

    @TempDir
    Path work;

    /** A process's exit code and everything it printed. */
    private record Run(int code, String output) {}

    private static Path jar() {
        Path jar = Path.of(System.getProperty("aksara.cli.jar", "../aksara-cli/target/aksara-cli-all.jar"));
        assertThat(jar).as("the -all jar aksara-cli's package phase builds").exists();
        return jar;
    }

    /** The application: JarGadget's classes and a model index naming only it. */
    private Path application() throws IOException, java.net.URISyntaxException {
        Path classes = work.resolve("app");
        Path source = Path.of(JarGadget.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String packagePath = JarGadget.class.getPackageName().replace('.', '/');
        Files.createDirectories(classes.resolve(packagePath));
        try (Stream<Path> files = Files.list(source.resolve(packagePath))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("JarGadget")).toList()) {
                Files.copy(f, classes.resolve(packagePath).resolve(f.getFileName()));
            }
        }
        Files.createDirectories(classes.resolve("META-INF/aksara"));
        Files.writeString(classes.resolve("META-INF/aksara/models.idx"), JarGadget.class.getName() + "\n");
        return classes;
    }

    private DatabaseConfig database() {
        Assumptions.assumeFalse(db.isSqlite(), "the -all jar carries the H2, PostgreSQL, MySQL and MariaDB drivers; SQLite's is the application's");
        DatabaseConfig config = db.config();
        return db == TestDatabase.H2
                ? DatabaseConfig.builder().url("jdbc:h2:" + work.resolve("db").toAbsolutePath()).user("sa").password("").build()
                : config;
    }

    private Run run(DatabaseConfig database, List<String> javaArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(javaArgs);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("CLASSPATH");
        env.put("AKSARA_DATABASE_URL", database.url());
        env.put("AKSARA_DATABASE_USER", database.user() == null ? "" : database.user());
        env.put("AKSARA_DATABASE_PASSWORD", database.password() == null ? "" : database.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private List<String> onClasspath(Path app, String... args) {
        List<String> out = new ArrayList<>(List.of("-cp", app + File.pathSeparator + jar(), "io.aksara.cli.Main", "--dir", "migrations"));
        out.addAll(List.of(args));
        return out;
    }

    private List<String> withClasspathOption(Path app, String... args) {
        List<String> out = new ArrayList<>(List.of("-jar", jar().toString(), "--classpath", app.toString(), "--dir", "migrations"));
        out.addAll(List.of(args));
        return out;
    }

    private boolean tableExists(DatabaseConfig database) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement s = c.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM jar_gadgets").close();
            return true;
        } catch (SQLException missing) {
            return false;
        }
    }

    @Test
    void theJarMakesRunsAndRollsBackMigrationsOverAnApplicationsClasses() throws Exception {
        DatabaseConfig database = database();
        Path app = application();
        Run zeroFirst = run(database, onClasspath(app, "migrate", "zero"));   // a leftover of an earlier run goes
        assertThat(zeroFirst.code()).as(zeroFirst.output()).isIn(0, 1);
        Files.deleteIfExists(work.resolve("migrations/changelog.yaml"));

        Run made = run(database, onClasspath(app, "makemigrations"));
        assertThat(made.code()).as(made.output()).isZero();
        assertThat(made.output()).contains("0001_initial.yaml", "create_jar_gadgets");
        Run migrated = run(database, onClasspath(app, "migrate"));
        assertThat(migrated.code()).as(migrated.output()).isZero();
        assertThat(migrated.output()).contains("Applied 0001_initial");
        assertThat(tableExists(database)).isTrue();

        Run shown = run(database, withClasspathOption(app, "showmigrations"));
        assertThat(shown.code()).as(shown.output()).isZero();
        assertThat(shown.output()).contains("[X] 0001_initial");
        Run checked = run(database, withClasspathOption(app, "makemigrations", "--check"));
        assertThat(checked.code()).as(checked.output()).isZero();
        assertThat(checked.output()).contains("No changes detected.");
        Run linted = run(database, withClasspathOption(app, "lintmigrations"));
        assertThat(linted.code()).as(linted.output()).isZero();
        assertThat(linted.output()).contains("No unsafe operations in 1 migration(s).");

        Run back = run(database, withClasspathOption(app, "migrate", "zero"));
        assertThat(back.code()).as(back.output()).isZero();
        assertThat(tableExists(database)).isFalse();
        Run wrong = run(database, withClasspathOption(app, "frobnicate"));
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.output()).contains("unknown command 'frobnicate'");
    }
}
