package io.aksara.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each goal asks the command line to do, and the command line run in a JVM of its own. */
class GoalsTest {
    @TempDir
    Path dir;

    @Test
    void goalParametersBecomeTheCommandsOptions() throws Exception {
        MakeMigrationsMojo make = new MakeMigrationsMojo();
        set(make, "name", "add_stock");
        set(make, "dryRun", true);
        set(make, "defaults", List.of("products.stock=0", "products.weight=1"));
        assertThat(make.command()).containsExactly("makemigrations", "--name", "add_stock", "--dry-run",
                "--default", "products.stock=0", "--default", "products.weight=1");

        assertThat(new CheckMojo().command()).containsExactly("makemigrations", "--check");

        set(make, "lint", true);
        set(make, "lintDatabases", List.of("postgresql"));
        assertThat(make.command()).endsWith("--lint", "--database", "postgresql");
        LintMojo lint = new LintMojo();
        assertThat(lint.command()).containsExactly("lintmigrations");
        set(lint, "lintDatabases", List.of("postgresql", "mariadb"));
        set(lint, "lintAfter", "0003");
        assertThat(lint.command()).containsExactly("lintmigrations", "--database", "postgresql", "--database", "mariadb",
                "--after", "0003");

        MigrateMojo migrate = new MigrateMojo();
        assertThat(migrate.command()).containsExactly("migrate");
        set(migrate, "fakeInitial", true);
        set(migrate, "target", "0002");
        assertThat(migrate.command()).containsExactly("migrate", "--fake-initial", "0002");

        GenerateModelsMojo generate = new GenerateModelsMojo();
        set(generate, "packageName", "com.shop.models");
        set(generate, "outputDirectory", dir.toFile());
        set(generate, "checkModels", true);
        assertThat(generate.command()).containsExactly("inspectdb", "--package", "com.shop.models",
                "--out", dir.toFile().getAbsolutePath(), "--check");

        set(generate, "jooqPackage", "com.shop.jooq");
        assertThat(generate.command()).containsExactly("inspectdb", "--package", "com.shop.models", "--jooq", "com.shop.jooq",
                "--out", dir.toFile().getAbsolutePath(), "--check");
        assertThat(generate.failure(generate.command()))
                .hasMessageContaining("do not match the jOOQ classes of com.shop.jooq")
                .hasMessageContaining("-Daksara.jooqPackage=com.shop.jooq");

        InspectDbMojo inspect = new InspectDbMojo();
        set(inspect, "packageName", "com.shop.models");
        set(inspect, "outputDirectory", dir.toFile());
        set(inspect, "tables", List.of("customers", "orders"));
        assertThat(inspect.command()).containsExactly("inspectdb", "--package", "com.shop.models",
                "--out", dir.toFile().getAbsolutePath(), "customers", "orders");
    }

    @Test
    void theCommandLineRunsInItsOwnJvmWithTheDatabaseInItsEnvironment() throws Exception {
        // the plugin's runtime classpath, written by the build (maven-dependency-plugin)
        List<String> classpath = List.of(Files.readString(Path.of("target", "runtime.classpath")).strip().split(File.pathSeparator));
        // an H2 file database, so what the child JVM did can be seen afterwards
        Map<String, String> database = Map.of("AKSARA_DATABASE_URL", "jdbc:h2:" + dir.resolve("db").toAbsolutePath(),
                "AKSARA_DATABASE_USER", "sa", "AKSARA_DATABASE_PASSWORD", "");
        Path printed = dir.resolve("printed.txt");
        CommandLineProcess cli = new CommandLineProcess(classpath, database, new SystemStreamLog(),
                ProcessBuilder.Redirect.appendTo(printed.toFile()));
        Path migrations = dir.resolve("migrations");

        assertThat(cli.run(List.of("--dir", migrations.toString(), "makemigrations", "--empty", "--name", "seed"),
                dir.toFile())).isZero();
        assertThat(migrations.resolve("0001_seed.yaml")).exists();
        assertThat(cli.run(List.of("--dir", migrations.toString(), "migrate"), dir.toFile())).isZero();
        assertThat(Files.readString(printed)).contains("Applied 0001_seed");
        assertThat(cli.run(List.of("--dir", migrations.toString(), "showmigrations"), dir.toFile())).isZero();
        assertThat(Files.readString(printed)).contains("[X] 0001_seed");   // the H2 file kept what the last JVM did
        assertThat(cli.run(List.of("frobnicate"), dir.toFile())).isEqualTo(2);
        assertThat(Files.readString(printed)).contains("unknown command 'frobnicate'");
    }

    @Test
    void modelsFromJooqClassesOnTheClasspathAndTheirStaleCheck() throws Exception {
        // the command line's JVM sees the project's classes: here the plugin's test classes, with two jOOQ tables
        List<String> classpath = new java.util.ArrayList<>(List.of(
                Files.readString(Path.of("target", "runtime.classpath")).strip().split(File.pathSeparator)));
        classpath.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        Path printed = dir.resolve("printed.txt");
        CommandLineProcess cli = new CommandLineProcess(classpath, Map.of(), new SystemStreamLog(),
                ProcessBuilder.Redirect.appendTo(printed.toFile()));
        Path sources = dir.resolve("src");
        List<String> generate = List.of("--dir", dir.resolve("migrations").toString(), "inspectdb", "--package", "com.shop.models",
                "--jooq", "io.aksara.maven.jooqshop", "--out", sources.toString());

        assertThat(cli.run(generate, dir.toFile())).isZero();
        Path album = sources.resolve("com/shop/models/Album.java");
        assertThat(Files.readString(album))
                .contains("constraintName = \"fk_album_artist\") public Ref<Artist> artist;")
                .contains("@StringField(maxLength = 200) public String title;");
        assertThat(sources.resolve("com/shop/models/Artist.java")).exists();

        List<String> check = new java.util.ArrayList<>(generate);
        check.add("--check");
        assertThat(cli.run(check, dir.toFile())).as("the models just written are up to date").isZero();
        Files.writeString(album, Files.readString(album).replace("maxLength = 200", "maxLength = 150"));
        assertThat(cli.run(check, dir.toFile())).as("an edited model is stale").isEqualTo(1);
        assertThat(Files.readString(printed))
                .contains("The models under " + sources + " are stale: the jOOQ classes of io.aksara.maven.jooqshop give other sources.")
                .contains("Album.java").contains("--jooq io.aksara.maven.jooqshop --out " + sources);

        List<String> wrongPackage = List.of("--dir", dir.toString(), "inspectdb", "--jooq", "io.aksara.maven.nothing");
        assertThat(cli.run(wrongPackage, dir.toFile())).isEqualTo(2);
        assertThat(Files.readString(printed)).contains("No jOOQ table classes in package io.aksara.maven.nothing");
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Class<?> type = target.getClass();
        while (type != null) {
            try {
                Field f = type.getDeclaredField(field);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                type = type.getSuperclass();
            }
        }
        throw new NoSuchFieldException(field);
    }
}
