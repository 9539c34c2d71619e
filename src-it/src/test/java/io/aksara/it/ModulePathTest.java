package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that is a named module: it requires {@code io.aksara.schema}, declares a model,
 * makes and runs its migration on H2 and queries it, compiled by javac and run by {@code java -m}
 * on the module path, as a user of the library modules would. Everything else in this project
 * runs on the class path; this proves the module descriptors export what an application needs.
 */
class ModulePathTest {
    /** What goes on the module path: the library modules the application reads and the libraries they require. */
    private static final Set<String> MODULES = Set.of("aksara-api", "aksara-jooq-bridge", "aksara-schema", "jooq",
            "r2dbc-spi", "reactive-streams", "HikariCP", "slf4j-api", "liquibase-core", "snakeyaml", "evo-inflector", "h2");
    /** Liquibase's own libraries: it is an automatic module, which reads the class path. */
    private static final Set<String> CLASS_PATH = Set.of("opencsv", "commons-collections4", "commons-text",
            "commons-lang3", "commons-io");
    /** The annotation processor, with what it loads to read the field annotations. */
    private static final Set<String> PROCESSOR = Set.of("aksara-codegen", "aksara-api", "evo-inflector");

    private static final String MODULE_INFO = """
            module shop {
                requires io.aksara.schema;
                // valuesList makes Main's records by reflection; the models need neither exports nor opens:
                // their metamodels, compiled into this module, read and write the fields
                opens shop to io.aksara;
            }
            """;

    private static final String ITEM = """
            package shop.models;

            import io.aksara.Manager;
            import io.aksara.Model;
            import io.aksara.fields.IntegerField;
            import io.aksara.fields.StringField;

            public class Item extends Model {
                public static final Manager<Item> objects = Manager.of(Item.class);

                @StringField(maxLength = 40) public String name;
                @IntegerField public int quantity;
            }
            """;

    private static final String MAIN = """
            package shop;

            import io.aksara.Aksara;
            import io.aksara.DatabaseConfig;
            import io.aksara.schema.migrations.MakeMigrationsOptions;
            import io.aksara.schema.migrations.Migrations;
            import java.nio.file.Path;
            import shop.models.Item;
            import shop.models.Item_;

            public final class Main {
                record Stock(String name, int quantity) {}

                public static void main(String[] args) {
                    Aksara.configure(DatabaseConfig.builder().url("jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1").build());
                    Migrations migrations = Migrations.at(Path.of(args[0]));
                    migrations.makemigrations(MakeMigrationsOptions.defaults());
                    migrations.migrate();
                    Item.objects.create("name", "tea", "quantity", 3);
                    Item.objects.create("name", "cup", "quantity", 12);
                    System.out.println("large: " + Item.objects.filter(Item_.quantity.gt(5)).fetch().stream()
                            .map(i -> i.name).toList());
                    System.out.println("starting with t: " + Item.objects.filter("name__startswith", "t").count());
                    System.out.println("stock: " + Item.objects.orderBy("name").valuesList(Stock.class, "name", "quantity").fetch());
                    System.out.println("migrated: " + migrations.showmigrations());
                    Aksara.close();
                }
            }
            """;

    @Test
    void anApplicationModuleDeclaresAModelMigratesAndQueriesH2OnTheModulePath(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        write(src.resolve("module-info.java"), MODULE_INFO);
        write(src.resolve("shop/models/Item.java"), ITEM);
        write(src.resolve("shop/Main.java"), MAIN);
        Path classes = dir.resolve("classes");

        String modulePath = entries(MODULES);
        List<String> javac = List.of("--module-path", modulePath, "--processor-path", entries(PROCESSOR),
                "-d", classes.toString(), "-s", dir.resolve("generated").toString(),
                src.resolve("module-info.java").toString(), src.resolve("shop/models/Item.java").toString(),
                src.resolve("shop/Main.java").toString());
        StringWriter log = new StringWriter();
        PrintWriter print = new PrintWriter(log, true);
        int compiled = ToolProvider.findFirst("javac").orElseThrow().run(print, print, javac.toArray(String[]::new));
        assertThat(compiled).as("javac: %s", log).isZero();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(java.toString(),
                "--module-path", classes + File.pathSeparator + modulePath,
                "--add-modules", "com.h2database", // the JDBC driver: nobody requires it, DriverManager finds it
                "--class-path", entries(CLASS_PATH),
                "-m", "shop/shop.Main", dir.resolve("migrations").toString())
                .redirectErrorStream(true).start();
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).as("the application ends").isTrue();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("large: [cup]")
                .contains("starting with t: 1")
                .contains("stock: [Stock[name=cup, quantity=12], Stock[name=tea, quantity=3]]")
                .contains("migrated: [MigrationStatus[name=0001_initial, applied=true]]");
        assertThat(dir.resolve("migrations/0001_initial.yaml")).exists();
    }

    /** The entries of this JVM's class path that are the named artifacts (a jar, or a reactor module's classes). */
    private static String entries(Set<String> artifacts) {
        List<String> found = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = artifactOf(Path.of(entry));
            if (artifacts.contains(name)) {
                found.add(entry);
            }
        }
        assertThat(found).as("class path entries for %s", artifacts).hasSize(artifacts.size());
        return String.join(File.pathSeparator, found);
    }

    private static final Pattern JAR = Pattern.compile("(.+?)-\\d.*\\.jar");

    /** {@code h2} for h2-2.5.252.jar; {@code aksara-schema} for schema/target/classes. */
    private static String artifactOf(Path entry) {
        if (entry.endsWith(Path.of("target", "classes"))) {
            String module = entry.getParent().getParent().getFileName().toString();
            return module.equals("schema") ? "aksara-schema" : module;
        }
        Matcher m = JAR.matcher(entry.getFileName().toString());
        return m.matches() ? m.group(1) : "";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
