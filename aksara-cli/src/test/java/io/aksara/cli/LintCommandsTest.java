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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lintmigrations} and {@code makemigrations --lint}: exit codes, findings, suppressions. No database. */
class LintCommandsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of("--dir", dir.toString()));
        all.addAll(List.of(args));
        return new AksaraCli(CommandTable.standard(), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all.toArray(String[]::new));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A hand-written first migration: cli_gadgets with name as unbounded text (the model says VARCHAR(40)). */
    private void writeTextNameMigration() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("0001_initial.yaml"), """
                databaseChangeLog:
                  - changeSet:
                      id: "0001_initial"
                      author: "me"
                      changes:
                        - createTable:
                            tableName: "cli_gadgets"
                            columns:
                              - column: {name: "id", type: "BIGINT", autoIncrement: true, constraints: {primaryKey: true, primaryKeyName: "pk_cli_gadgets", nullable: false}}
                              - column: {name: "name", type: "${aksara.text}", constraints: {nullable: false}}
                              - column: {name: "weight", type: "INT", defaultValueNumeric: 0, constraints: {nullable: false}}
                """);
    }

    @Test
    void makemigrationsLintFlagsTheNewMigrationAndStillWritesIt() throws Exception {
        writeTextNameMigration();
        assertThat(run("makemigrations", "--lint", "--database", "postgresql")).isEqualTo(1);
        assertThat(out()).contains("Wrote ", "0002_alter_cli_gadgets_name.yaml",
                "0002_alter_cli_gadgets_name: [type-change-rewrites-table] on postgresql: alter column cli_gadgets.name",
                "ACCESS EXCLUSIVE", "ALTER TABLE \"cli_gadgets\" ADD \"name_new\" VARCHAR(40) NULL;",
                "1 unsafe operation(s) in 1 migration(s)");
        assertThat(dir.resolve("0002_alter_cli_gadgets_name.yaml")).exists();
        assertThat(run("makemigrations", "--lint")).isZero();
        assertThat(out()).contains("No changes detected.");
        assertThat(run("makemigrations", "--database", "postgresql")).isEqualTo(2);
    }

    @Test
    void lintmigrationsFailsUntilTheFindingIsSuppressedWithAReason() throws Exception {
        writeTextNameMigration();
        Files.writeString(dir.resolve("0002_index.yaml"), """
                databaseChangeLog:
                  - changeSet:
                      id: "0002_index"
                      author: "me"
                      changes:
                        - createIndex:
                            tableName: "cli_gadgets"
                            indexName: "ix_cli_gadgets_weight"
                            columns:
                              - column: {name: "weight"}
                """);
        assertThat(run("lintmigrations")).isEqualTo(1);
        assertThat(out()).contains("0002_index: [index-locks-writes] on postgresql: create index ix_cli_gadgets_weight on cli_gadgets [weight]",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS \"ix_cli_gadgets_weight\" ON \"cli_gadgets\" (\"weight\");",
                "runInTransaction: false", "# lint-ignore: RULE the reason");
        assertThat(run("lintmigrations", "--database", "mariadb")).isZero();
        assertThat(out()).contains("No unsafe operations in 2 migration(s).");
        Files.writeString(dir.resolve("0002_index.yaml"), "# lint-ignore: index-locks-writes gadgets stay under 100 rows\n"
                + Files.readString(dir.resolve("0002_index.yaml")));
        assertThat(run("lintmigrations")).isZero();
        assertThat(out()).contains("0002_index: [index-locks-writes] on postgresql suppressed: gadgets stay under 100 rows");
        assertThat(run("lintmigrations", "--after", "0002")).isZero();
        assertThat(out()).contains("No unsafe operations in 0 migration(s).");
        assertThat(run("lintmigrations", "--database", "oracle")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Valid: postgresql, mariadb");
    }
}
