/**
 * {@code ./aksara}: makemigrations, migrate, inspectdb, dumpdata and the other commands, run by
 * {@code io.aksara.cli.Main} (the Maven plugin starts it in a JVM of its own).
 *
 * <pre>{@code
 * java --module-path libs -m io.aksara.cli/io.aksara.cli.Main migrate
 * }</pre>
 */
module io.aksara.cli {
    // CommandContext hands commands a DatabaseConfig and the Migrations API
    requires transitive io.aksara.schema;
    requires io.aksara.schemafirst;
    // dumpdata and loaddata are aksara-test's fixtures
    requires io.aksara.test;
    // the grammar is built from CommandTable with picocli's programmatic API: no reflection on ours
    requires info.picocli;

    exports io.aksara.cli;
}
