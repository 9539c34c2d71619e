package io.aksara.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.schema.MigrationError;
import io.aksara.schema.changelog.ChangelogWriter;
import io.aksara.schema.diff.Operation;
import io.aksara.schema.state.ColumnState;
import io.aksara.schema.state.DefaultValue;
import io.aksara.schema.state.ForeignKeyState;
import io.aksara.schema.state.IndexState;
import io.aksara.schema.state.ModelState;
import io.aksara.schema.state.TableState;
import io.aksara.schema.state.UniqueState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linter's rules on hand-made operations and migration files: which operation is flagged on
 * which database, and the safe sequence it prints (that those sequences run is MigrationLintSuite's job).
 */
class MigrationLinterTest {
    private static final ColumnState ID = new ColumnState("id", "BIGINT", false, null, true, true);
    private static final MigrationLinter PG = MigrationLinter.forDatabases(EnumSet.of(LintDatabase.POSTGRESQL));
    private static final MigrationLinter MARIADB = MigrationLinter.forDatabases(EnumSet.of(LintDatabase.MARIADB));

    private static ColumnState col(String name, String type, boolean nullable) {
        return new ColumnState(name, type, nullable, null, false, false);
    }

    private static ModelState shop() {
        return ModelState.of(List.of(
                TableState.of("categories", "pk_categories", List.of(ID, col("name", "VARCHAR(50)", false))),
                TableState.of("products", "pk_products", List.of(ID, col("name", "VARCHAR(100)", false),
                        col("note", "VARCHAR(40)", true), col("category_id", "BIGINT", true), col("price", "DECIMAL(10,2)", true)))));
    }

    private static List<String> rules(LintReport report) {
        return report.findings().stream().map(Finding::rule).toList();
    }

    private static List<String> sql(Finding f) {
        return f.safeSequence().stream().filter(SafeStep::isSql).map(SafeStep::sql).toList();
    }

    @Test
    void anIndexOnAnExistingTableIsBuiltConcurrentlyOnPostgresAndPassesOnMariadb() {
        List<Operation> ops = List.of(new Operation.CreateIndex("products", new IndexState("ix_products_name", List.of("name"))));
        LintReport pg = PG.lint("0002_x", ops, shop());
        assertThat(rules(pg)).containsExactly("index-locks-writes");
        Finding f = pg.findings().getFirst();
        assertThat(sql(f)).containsExactly("CREATE INDEX CONCURRENTLY IF NOT EXISTS \"ix_products_name\" ON \"products\" (\"name\");");
        assertThat(f.safeSequence().getFirst().outsideTransaction()).isTrue();
        assertThat(f.render()).contains("0002_x: [index-locks-writes] on postgresql: create index ix_products_name on products [name]",
                "SHARE lock", "runInTransaction: false");
        assertThat(MARIADB.lint("0002_x", ops, shop()).findings()).isEmpty();
    }

    @Test
    void nothingOnATableCreatedInTheSameMigrationIsFlagged() {
        TableState tags = TableState.of("tags", "pk_tags", List.of(ID, col("name", "VARCHAR(20)", false)));
        List<Operation> ops = List.of(new Operation.CreateTable(tags),
                new Operation.CreateIndex("tags", new IndexState("ix_tags_name", List.of("name"))),
                new Operation.AddForeignKey("tags", new ForeignKeyState("fk_tags_product", "name", "products", "id", null)));
        assertThat(PG.lint("0002_x", ops, shop()).findings()).isEmpty();
        assertThat(MARIADB.lint("0002_x", ops, shop()).findings()).isEmpty();
    }

    @Test
    void aUniqueConstraintIsAnIndexBuiltConcurrentlyThenAttached() {
        LintReport pg = PG.lint("0002_x", List.of(new Operation.AddUnique("products",
                new UniqueState("uq_products_name", List.of("name")))), shop());
        assertThat(sql(pg.findings().getFirst())).containsExactly(
                "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"uq_products_name\" ON \"products\" (\"name\");",
                "ALTER TABLE \"products\" ADD CONSTRAINT \"uq_products_name\" UNIQUE USING INDEX \"uq_products_name\";");
    }

    @Test
    void aForeignKeyIsAddedNotValidOnPostgresAndInPlaceWithoutChecksOnMariadb() {
        List<Operation> ops = List.of(new Operation.AddForeignKey("products",
                new ForeignKeyState("fk_products_category", "category_id", "categories", "id", "CASCADE")));
        assertThat(sql(PG.lint("0002_x", ops, shop()).findings().getFirst())).containsExactly(
                "ALTER TABLE \"products\" ADD CONSTRAINT \"fk_products_category\" FOREIGN KEY (\"category_id\") REFERENCES "
                        + "\"categories\" (\"id\") ON DELETE CASCADE NOT VALID;",
                "ALTER TABLE \"products\" VALIDATE CONSTRAINT \"fk_products_category\";");
        Finding maria = MARIADB.lint("0002_x", ops, shop()).findings().getFirst();
        assertThat(maria.rule()).isEqualTo("foreign-key-locks-tables");
        assertThat(maria.why()).contains("ALGORITHM=COPY");
        assertThat(sql(maria)).containsExactly(
                "SELECT COUNT(*) FROM `products` c WHERE c.`category_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `categories` p "
                        + "WHERE p.`id` = c.`category_id`);",
                "SET SESSION foreign_key_checks = 0;",
                "ALTER TABLE `products` ADD CONSTRAINT `fk_products_category` FOREIGN KEY (`category_id`) REFERENCES `categories` "
                        + "(`id`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;",
                "SET SESSION foreign_key_checks = 1;");
    }

    @Test
    void settingNotNullGoesThroughAValidatedCheckOnPostgres() {
        ColumnState note = col("note", "VARCHAR(40)", true);
        ColumnState required = col("note", "VARCHAR(40)", false);
        List<Operation> ops = List.of(new Operation.AlterColumn("products", note, required, "none"));
        Finding pg = PG.lint("0002_x", ops, shop()).findings().getFirst();
        assertThat(pg.rule()).isEqualTo("set-not-null-scans-table");
        assertThat(sql(pg)).containsExactly(
                "UPDATE \"products\" SET \"note\" = 'none' WHERE \"note\" IS NULL AND ctid IN (SELECT ctid FROM \"products\" "
                        + "WHERE \"note\" IS NULL LIMIT 10000);",
                "ALTER TABLE \"products\" ADD CONSTRAINT \"products_note_not_null\" CHECK (\"note\" IS NOT NULL) NOT VALID;",
                "ALTER TABLE \"products\" VALIDATE CONSTRAINT \"products_note_not_null\";",
                "ALTER TABLE \"products\" ALTER COLUMN \"note\" SET NOT NULL;",
                "ALTER TABLE \"products\" DROP CONSTRAINT \"products_note_not_null\";");
        Finding maria = MARIADB.lint("0002_x", ops, shop()).findings().getFirst();
        assertThat(sql(maria).getLast()).isEqualTo("ALTER TABLE `products` MODIFY `note` VARCHAR(40) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;");
    }

    @Test
    void wideningAVarcharIsInPlaceButOtherTypeChangesRewrite() {
        ColumnState name = col("name", "VARCHAR(100)", false);
        LintReport wider = PG.lint("0002_x", List.of(new Operation.AlterColumn("products", name, col("name", "VARCHAR(200)", false), null)), shop());
        assertThat(wider.findings()).isEmpty();
        // 100 characters of utf8mb4 already need a two-byte length prefix, so 200 stays in place on MariaDB too
        assertThat(MARIADB.lint("0002_x", List.of(new Operation.AlterColumn("products", name, col("name", "VARCHAR(200)", false), null)),
                shop()).findings()).isEmpty();
        ColumnState note = col("note", "VARCHAR(40)", true);
        assertThat(rules(MARIADB.lint("0002_x", List.of(new Operation.AlterColumn("products", note, col("note", "VARCHAR(100)", true), null)),
                shop()))).containsExactly("type-change-rewrites-table");
        assertThat(PG.lint("0002_x", List.of(new Operation.AlterColumn("products", col("price", "DECIMAL(10,2)", true),
                col("price", "DECIMAL(14,2)", true), null)), shop()).findings()).isEmpty();
        LintReport narrowed = PG.lint("0002_x", List.of(new Operation.AlterColumn("products", col("price", "DECIMAL(10,2)", true),
                col("price", "BIGINT", true), null)), shop());
        assertThat(rules(narrowed)).containsExactly("type-change-rewrites-table");
        assertThat(sql(narrowed.findings().getFirst()).getFirst()).isEqualTo("ALTER TABLE \"products\" ADD \"price_new\" BIGINT NULL;");
    }

    @Test
    void dropsAndRenamesBreakThePreviousReleaseOnEveryDatabase() {
        MigrationLinter both = MigrationLinter.forDatabases(EnumSet.allOf(LintDatabase.class));
        ColumnState name = col("name", "VARCHAR(100)", false);
        LintReport report = both.lint("0002_x", List.of(new Operation.DropColumn("products", name),
                new Operation.RenameColumn("products", col("note", "VARCHAR(40)", true), "remark"),
                new Operation.RenameTable("categories", "sections")), shop());
        assertThat(rules(report)).containsExactly("drop-column", "drop-column", "rename-column", "rename-column", "rename-table",
                "rename-table");   // per operation, PostgreSQL then MariaDB
        Finding drop = report.findings().getFirst();
        assertThat(sql(drop)).containsExactly("ALTER TABLE \"products\" ALTER COLUMN \"name\" DROP NOT NULL;");
        Finding renameTable = report.findings().get(5);
        assertThat(sql(renameTable)).containsExactly("ALTER TABLE `categories` RENAME TO `sections`;",
                "CREATE VIEW `categories` AS SELECT * FROM `sections`;");
    }

    @Test
    void aRequiredColumnWithoutDefaultIsFlaggedButOneWithAOneOffDefaultIsNot() {
        ColumnState stock = new ColumnState("stock", "INT", false, null, false, false);
        assertThat(rules(PG.lint("0002_x", List.of(new Operation.AddColumn("products", stock, null)), shop())))
                .containsExactly("required-column-without-default");
        assertThat(PG.lint("0002_x", List.of(new Operation.AddColumn("products", stock, "0")), shop()).findings()).isEmpty();
        ColumnState withDefault = new ColumnState("stock", "INT", false, DefaultValue.numeric("0"), false, false);
        assertThat(MARIADB.lint("0002_x", List.of(new Operation.AddColumn("products", withDefault, null)), shop()).findings()).isEmpty();
    }

    @Test
    void migrationFilesAreLintedWithTheirSuppressionsAndAVolatileDefault(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("0001_initial.yaml"), ChangelogWriter.migration("0001_initial", List.of(
                new Operation.CreateTable(shop().table("products").orElseThrow()),
                new Operation.CreateIndex("products", new IndexState("ix_products_name", List.of("name"))))));
        Files.writeString(dir.resolve("0002_index.yaml"), "# lint-ignore: index-locks-writes products holds 40 rows\n"
                + ChangelogWriter.migration("0002_index", List.of(
                        new Operation.CreateIndex("products", new IndexState("ix_products_note", List.of("note"))))));
        Files.writeString(dir.resolve("0003_token.yaml"), """
                # lint-ignore: drop-table
                databaseChangeLog:
                  - changeSet:
                      id: "0003_token"
                      author: "me"
                      changes:
                        - addColumn:
                            tableName: "products"
                            columns:
                              - column:
                                  name: "token"
                                  type: "UUID"
                                  defaultValueComputed: "gen_random_uuid()"
                        - sql:
                            sql: "update products set note = 'x'"
                """);
        LintReport report = PG.lint(dir, null);
        assertThat(report.linted()).containsExactly("0001_initial", "0002_index", "0003_token");
        assertThat(rules(report)).containsExactly("volatile-default-rewrites-table");
        assertThat(sql(report.findings().getFirst())).contains(
                "ALTER TABLE \"products\" ALTER COLUMN \"token\" SET DEFAULT gen_random_uuid();");
        assertThat(report.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.finding().rule()).isEqualTo("index-locks-writes");
            assertThat(s.reason()).isEqualTo("products holds 40 rows");
        });
        assertThat(report.warnings()).containsExactly("0003_token: a sql change is not checked: review its locks by hand",
                "0003_token: lint-ignore: drop-table gives no reason, so it suppresses nothing: write why the operation is safe here after the rule id");
        assertThat(report.failed()).isTrue();
        assertThat(PG.lint(dir, "0003").linted()).isEmpty();
        assertThat(PG.lint(dir, "0001_initial").linted()).containsExactly("0002_index", "0003_token");
        assertThatThrownBy(() -> PG.lint(dir, "0009")).isInstanceOf(MigrationError.class)
                .hasMessageContaining("No migration 0009 to lint after; the migrations: 0001_initial, 0002_index, 0003_token");
        assertThat(MARIADB.lint(dir, null).failed()).isFalse();
    }

    @Test
    void databaseNamesAreCheckedBeforeAnythingRuns() {
        assertThat(LintDatabase.named(List.of("postgresql,mysql"))).containsExactly(LintDatabase.POSTGRESQL, LintDatabase.MARIADB);
        assertThat(LintDatabase.forUrl("jdbc:postgresql://db/shop")).containsExactly(LintDatabase.POSTGRESQL);
        assertThat(LintDatabase.forUrl("jdbc:h2:mem:x")).containsExactly(LintDatabase.POSTGRESQL, LintDatabase.MARIADB);
        assertThatThrownBy(() -> LintDatabase.named("oracle")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown database for the migration linter: 'oracle'. Valid: postgresql, mariadb (mysql is linted as mariadb)");
    }
}
