package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Ref;
import io.aksara.errors.IntegrityError;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.MigrationError;
import io.aksara.schema.diff.Operation;
import io.aksara.schema.migrate.MigrateResult;
import io.aksara.schema.migrate.MigrationStatus;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.MakeMigrationsResult;
import io.aksara.schema.migrations.Migrations;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Migrations on a real database, once per database (@OnEveryDatabase): makemigrations from model versions
 * (packages {@code models.migrations.v1}, {@code v2}, {@code v3}, {@code nn}) into a temporary
 * directory, then migrate forwards and backwards, and every kind of bad input.
 */
@OnEveryDatabase
class MigrationSuite {
    @Parameter
    TestDatabase db;

    private static final List<String> TABLES = List.of("mig_labels", "mig_tags", "mig_items", "mig_notes", "mig_shelves",
            "DATABASECHANGELOG", "DATABASECHANGELOGLOCK");

    private static final List<ModelMeta<?>> V1 = metas(io.aksara.it.models.migrations.v1.Shelf.class,
            io.aksara.it.models.migrations.v1.Item.class, io.aksara.it.models.migrations.v1.Note.class);
    private static final List<ModelMeta<?>> V2 = metas(io.aksara.it.models.migrations.v2.Shelf.class,
            io.aksara.it.models.migrations.v2.Item.class, io.aksara.it.models.migrations.v2.Tag.class);
    private static final List<ModelMeta<?>> V3 = metas(io.aksara.it.models.migrations.v3.Shelf.class,
            io.aksara.it.models.migrations.v3.Item.class, io.aksara.it.models.migrations.v3.Label.class);
    private static final List<ModelMeta<?>> NOT_NULL = metas(io.aksara.it.models.migrations.nn.Shelf.class,
            io.aksara.it.models.migrations.nn.Item.class, io.aksara.it.models.migrations.nn.Tag.class);

    private DatabaseConfig config;

    @TempDir
    Path dir;

    @BeforeParameterizedClassInvocation
    void configure() {
        config = db.config();
        Aksara.configure(config);
    }

    @BeforeEach
    void dropEverything() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String t : TABLES) {
                s.execute("drop table if exists " + t + (isPostgres() ? " cascade" : ""));
            }
        }
    }

    @AfterParameterizedClassInvocation
    void close() throws SQLException {
        if (config != null) {
            dropEverything();
            Aksara.close();
        }
    }

    // ------------------------------------------------------------------ makemigrations + migrate

    @Test
    void initialMigrationCreatesTheTablesAndZeroRollsThemBack() throws Exception {
        MakeMigrationsResult made = migrations(V1).makemigrations(MakeMigrationsOptions.defaults());
        assertThat(made.name()).isEqualTo("0001_initial");
        assertThat(dir.resolve("0001_initial.yaml")).exists();
        assertThat(Files.readString(dir.resolve("changelog.yaml"))).contains("0001_initial.yaml");
        assertThat(status()).containsExactly("[ ] 0001_initial");

        MigrateResult result = migrations(V1).migrate();
        assertThat(result.applied()).containsExactly("0001_initial");
        assertThat(status()).containsExactly("[X] 0001_initial");
        assertThat(tag("0001_initial")).isEqualTo("0001_initial");   // Liquibase tools can roll back to it by name
        assertThat(tableExists("mig_shelves")).isTrue();
        assertThat(tableExists("mig_notes")).isTrue();

        // the ORM works on the migrated tables
        var shelf = io.aksara.it.models.migrations.v1.Shelf.objects.create("name", "A");
        io.aksara.it.models.migrations.v1.Item.objects.create("title", "pen", "count", 1, "shelf", Ref.to(shelf));
        assertThat(io.aksara.it.models.migrations.v1.Item.objects.count()).isEqualTo(1);
        // text compares case-sensitively on every database (a binary collation on MySQL and MariaDB)
        assertThat(io.aksara.it.models.migrations.v1.Shelf.objects.filter("name", "a").count()).isZero();
        assertThatThrownBy(() -> io.aksara.it.models.migrations.v1.Shelf.objects.create("name", "A"))
                .isInstanceOf(IntegrityError.class);

        assertThat(migrations(V1).migrate("zero").rolledBack()).containsExactly("0001_initial");
        assertThat(tableExists("mig_shelves")).isFalse();
        assertThat(tableExists("mig_items")).isFalse();
        assertThat(status()).containsExactly("[ ] 0001_initial");
        assertThat(migrations(V1).migrate().nothingToDo()).isFalse();
        assertThat(migrations(V1).migrate().nothingToDo()).isTrue();
    }

    @Test
    void everyOperationRunsForwardsAndBackwardsKeepingTheData() throws Exception {
        migrations(V1).makemigrations(MakeMigrationsOptions.defaults());
        migrations(V1).migrate();
        var shelf = io.aksara.it.models.migrations.v1.Shelf.objects.create("name", "A");
        io.aksara.it.models.migrations.v1.Item.objects.create("title", "pen", "price", new BigDecimal("2.50"), "shelf", Ref.to(shelf));

        MakeMigrationsResult second = migrations(V2).makemigrations(MakeMigrationsOptions.defaults());
        assertThat(second.name()).startsWith("0002_");
        assertThat(second.operations()).extracting(op -> op.getClass().getSimpleName()).contains(
                "CreateTable", "DropTable", "AddColumn", "DropColumn", "AlterColumn", "AddUnique", "DropUnique",
                "CreateIndex", "DropIndex", "AddForeignKey");
        assertThat(migrations(V2).makemigrations(MakeMigrationsOptions.defaults().asCheck()).changesDetected()).isFalse();

        assertThat(migrations(V2).migrate().applied()).containsExactly(second.name());
        assertThat(tableExists("mig_notes")).isFalse();
        assertThat(tableExists("mig_tags")).isTrue();
        assertThat(columnExists("mig_items", "price")).isFalse();
        var item = io.aksara.it.models.migrations.v2.Item.objects.get("title", "pen");
        assertThat(item.stock).isZero();          // the new column's default filled the existing row
        assertThat(item.count).isEqualTo(1);      // NULL became the new default when count became NOT NULL
        var shelf2 = io.aksara.it.models.migrations.v2.Shelf.objects.create("name", "A"); // no longer unique
        io.aksara.it.models.migrations.v2.Item.objects.create("title", "x".repeat(150), "count", 2, "shelf", Ref.to(shelf2));
        assertThatThrownBy(() -> io.aksara.it.models.migrations.v2.Item.objects.create("title", "pen", "count", 3, "shelf", Ref.toId(
                io.aksara.it.models.migrations.v2.Shelf.class, item.shelf.id()))).isInstanceOf(IntegrityError.class);
        var tag = io.aksara.it.models.migrations.v2.Tag.objects.create("label", "red", "shelf", Ref.to(shelf2));
        io.aksara.it.models.migrations.v2.Item.objects.filter("shelf", shelf2.id).delete();
        io.aksara.it.models.migrations.v2.Shelf.objects.filter("id", shelf2.id).delete();
        assertThat(io.aksara.it.models.migrations.v2.Tag.objects.get("id", tag.id).shelf).isNull(); // ON DELETE SET NULL

        assertThat(migrations(V2).migrate("0001").rolledBack()).containsExactly(second.name());
        assertThat(tableExists("mig_notes")).isTrue();
        assertThat(tableExists("mig_tags")).isFalse();
        assertThat(columnExists("mig_items", "price")).isTrue();
        assertThat(columnExists("mig_items", "stock")).isFalse();
        assertThat(io.aksara.it.models.migrations.v1.Item.objects.get("title", "pen").title).isEqualTo("pen");
        assertThatThrownBy(() -> io.aksara.it.models.migrations.v1.Shelf.objects.create("name", "A"))
                .isInstanceOf(IntegrityError.class);     // the unique constraint is back
        assertThat(status()).containsExactly("[X] 0001_initial", "[ ] " + second.name());

        assertThat(migrations(V2).migrate().applied()).containsExactly(second.name());
        assertThat(migrations(V2).migrate("zero").rolledBack()).containsExactly(second.name(), "0001_initial");
        assertThat(tableExists("mig_items")).isFalse();
    }

    @Test
    void renamesAreOnlyMadeWhenAccepted() throws Exception {
        migrations(V2).makemigrations(MakeMigrationsOptions.defaults());
        migrations(V2).migrate();
        var shelf = io.aksara.it.models.migrations.v2.Shelf.objects.create("name", "A");
        io.aksara.it.models.migrations.v2.Item.objects.create("title", "pen", "count", 1, "shelf", Ref.to(shelf));

        MakeMigrationsResult guessed = migrations(V3).makemigrations(
                MakeMigrationsOptions.defaults().asDryRun().withOneOffDefault("mig_items.heading", "?"));
        assertThat(guessed.possibleRenames()).containsExactlyInAnyOrder(
                "table mig_tags → mig_labels", "column mig_items.title → mig_items.heading");
        assertThat(guessed.operations()).noneMatch(op -> op instanceof Operation.RenameColumn || op instanceof Operation.RenameTable);
        assertThat(guessed.written()).isFalse();

        MakeMigrationsResult renamed = migrations(V3).makemigrations(MakeMigrationsOptions.defaults().withRenames());
        assertThat(renamed.operations()).anyMatch(op -> op instanceof Operation.RenameColumn)
                .anyMatch(op -> op instanceof Operation.RenameTable)
                .noneMatch(op -> op instanceof Operation.DropColumn || op instanceof Operation.DropTable);
        migrations(V3).migrate();
        assertThat(io.aksara.it.models.migrations.v3.Item.objects.get("heading", "pen").heading).isEqualTo("pen");
        assertThat(tableExists("mig_labels")).isTrue();
        assertThat(migrations(V3).makemigrations(MakeMigrationsOptions.defaults().asCheck()).changesDetected()).isFalse();

        migrations(V3).migrate("0001");
        assertThat(io.aksara.it.models.migrations.v2.Item.objects.get("title", "pen").title).isEqualTo("pen");
        assertThat(tableExists("mig_tags")).isTrue();
    }

    @Test
    void aNotNullColumnWithoutDefaultIsRefusedUnlessAOneOffValueIsGiven() throws Exception {
        migrations(V2).makemigrations(MakeMigrationsOptions.defaults());
        migrations(V2).migrate();
        var shelf = io.aksara.it.models.migrations.v2.Shelf.objects.create("name", "A");
        io.aksara.it.models.migrations.v2.Item.objects.create("title", "pen", "count", 1, "shelf", Ref.to(shelf));

        assertThatThrownBy(() -> migrations(NOT_NULL).makemigrations(MakeMigrationsOptions.defaults()))
                .isInstanceOf(MigrationError.class)
                .hasMessageContaining("mig_items.weight").hasMessageContaining("@Default")
                .hasMessageContaining("--default mig_items.weight=VALUE");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList())
                .containsExactlyInAnyOrder("0001_initial.yaml", "changelog.yaml");

        migrations(NOT_NULL).makemigrations(MakeMigrationsOptions.defaults().withOneOffDefault("mig_items.weight", "7"));
        migrations(NOT_NULL).migrate();
        assertThat(io.aksara.it.models.migrations.nn.Item.objects.get("title", "pen").weight).isEqualTo(7);
        assertThat(migrations(NOT_NULL).makemigrations(MakeMigrationsOptions.defaults().asCheck()).changesDetected()).isFalse();
        migrations(NOT_NULL).migrate("0001");
        assertThat(columnExists("mig_items", "weight")).isFalse();
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void unknownMigrationNamesAreClearErrors() {
        migrations(V1).makemigrations(MakeMigrationsOptions.defaults());
        assertThatThrownBy(() -> migrations(V1).migrate("0099_nope")).isInstanceOf(MigrationError.class)
                .hasMessageContaining("Unknown migration '0099_nope'").hasMessageContaining("Known: 0001_initial");
        assertThatThrownBy(() -> migrations(V1).sqlmigrate("nope")).isInstanceOf(MigrationError.class)
                .hasMessageContaining("Unknown migration 'nope'");
        assertThat(tableExists("mig_items")).isFalse();
    }

    @Test
    void aMigrationEditedAfterItRanIsRefused() throws Exception {
        migrations(V1).makemigrations(MakeMigrationsOptions.defaults());
        migrations(V1).migrate();
        migrations(V2).makemigrations(MakeMigrationsOptions.defaults());
        Path first = dir.resolve("0001_initial.yaml");
        Files.writeString(first, Files.readString(first).replace("VARCHAR(50)", "VARCHAR(60)"));

        assertThatThrownBy(() -> migrations(V2).migrate()).isInstanceOf(MigrationError.class)
                .hasMessageContaining("Migration 0001_initial was edited after it ran").hasMessageContaining("new migration");
        assertThat(tableExists("mig_tags")).isFalse();   // nothing of 0002 ran
    }

    @Test
    void aDatabaseAheadOfTheMigrationsIsRefused() throws Exception {
        migrations(V1).makemigrations(MakeMigrationsOptions.defaults());
        MakeMigrationsResult second = migrations(V2).makemigrations(MakeMigrationsOptions.defaults());
        migrations(V2).migrate();
        Path other = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(dir.resolve("0001_initial.yaml"), other.resolve("0001_initial.yaml"));
        Migrations older = Migrations.at(other).models(V1).database(config);
        Files.writeString(other.resolve("changelog.yaml"), Files.readString(dir.resolve("changelog.yaml"))
                .replace("  - include:\n      file: \"" + second.name() + ".yaml\"\n      relativeToChangelogFile: true\n", ""));

        assertThatThrownBy(older::migrate).isInstanceOf(MigrationError.class)
                .hasMessageContaining("ahead").hasMessageContaining(second.name());
        assertThatThrownBy(older::showmigrations).isInstanceOf(MigrationError.class).hasMessageContaining("ahead");
        assertThat(tableExists("mig_tags")).isTrue();
    }

    @Test
    void twoConcurrentMigrateRunsApplyEachMigrationOnce() throws Exception {
        migrations(V1).makemigrations(MakeMigrationsOptions.defaults());
        migrations(V2).makemigrations(MakeMigrationsOptions.defaults());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MigrateResult>> runs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 2; i++) {
                Callable<MigrateResult> run = () -> {
                    start.await();
                    return migrations(V2).migrate();
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            List<String> applied = new ArrayList<>();
            for (Future<MigrateResult> f : runs) {
                applied.addAll(f.get().applied());
            }
            assertThat(applied).hasSize(2).containsExactlyInAnyOrder("0001_initial", migrations(V2).showmigrations().get(1).name());
        }
        assertThat(changelogRows()).isEqualTo(2);
        assertThat(status()).allMatch(s -> s.startsWith("[X]"));
    }

    @Test
    void migrateWaitsWhileAnotherProcessHoldsTheLiquibaseLock() throws Exception {
        migrations(V1).makemigrations(MakeMigrationsOptions.defaults());
        migrations(V2).makemigrations(MakeMigrationsOptions.defaults());
        migrations(V2).migrate("0001");
        setLiquibaseLock(true);    // what another process does while it migrates
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<MigrateResult> waiting = pool.submit(() -> migrations(V2).migrate());
            Thread.sleep(2500);
            assertThat(waiting).isNotDone();
            assertThat(tableExists("mig_tags")).isFalse();
            setLiquibaseLock(false);
            assertThat(waiting.get().applied()).hasSize(1);
        }
        assertThat(tableExists("mig_tags")).isTrue();
        assertThat(changelogRows()).isEqualTo(2);
    }

    private void setLiquibaseLock(boolean locked) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("update DATABASECHANGELOGLOCK set LOCKED = " + (locked ? "true" : "false") + " where ID = 1");
        }
    }

    @Test
    void aFailingMigrationReportsWhatItLeft() throws Exception {
        migrations(V1).makemigrations(MakeMigrationsOptions.defaults());
        MakeMigrationsResult empty = migrations(V1).makemigrations(MakeMigrationsOptions.defaults().asEmpty().withName("broken"));
        assertThat(empty.name()).isEqualTo("0002_broken");
        Path file = dir.resolve("0002_broken.yaml");
        Files.writeString(file, Files.readString(file).replace("changes: []", """
                changes:
                        - addColumn:
                            tableName: "mig_items"
                            columns:
                              - column:
                                  name: "extra"
                                  type: "INT"
                        - sql:
                            sql: "insert into no_such_table values (1)"
                """.stripTrailing()));
        assertThatThrownBy(() -> migrations(V1).migrate()).isInstanceOf(MigrationError.class)
                .hasMessageContaining("Migration 0002_broken failed").satisfies(e -> {
                    if (rollsBackDdl()) {
                        assertThat(e.getMessage()).contains("rolled it back").contains("at 0001_initial");
                    } else if (isMysql()) {
                        assertThat(e.getMessage()).contains("STAY APPLIED");
                    }
                });
        assertThat(status()).containsExactly("[X] 0001_initial", "[ ] 0002_broken");
        if (rollsBackDdl()) {
            assertThat(columnExists("mig_items", "extra")).isFalse();  // transactional DDL: nothing half-way
        } else {
            assertThat(columnExists("mig_items", "extra")).isTrue();   // DDL commits at once, as the error says
        }
    }

    // ------------------------------------------------------------------ sqlmigrate, determinism, data migrations

    @Test
    void sqlmigratePrintsTheSqlWithoutRunningIt() {
        migrations(V1).makemigrations(MakeMigrationsOptions.defaults());
        String sql = migrations(V1).sqlmigrate("0001_initial");
        assertThat(sql.toLowerCase(Locale.ROOT)).contains("create table").contains("mig_items").contains("mig_shelves")
                .contains("foreign key");
        assertThat(tableExists("mig_items")).isFalse();
    }

    @Test
    void theSameModelsGiveTheSameBytes() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        for (Path p : List.of(a, b)) {
            Migrations.at(p).models(V1).makemigrations(MakeMigrationsOptions.defaults());
            Migrations.at(p).models(V2).makemigrations(MakeMigrationsOptions.defaults());
        }
        for (String f : List.of("0001_initial.yaml", "changelog.yaml")) {
            assertThat(Files.readAllBytes(a.resolve(f))).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
        assertThat(Files.list(a).map(p -> p.getFileName().toString()).sorted().toList())
                .isEqualTo(Files.list(b).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void dataMigrationsInSqlAndJavaRunBothWays() throws Exception {
        migrations(V1).makemigrations(MakeMigrationsOptions.defaults());
        migrations(V1).migrate();
        io.aksara.it.models.migrations.v1.Shelf.objects.create("name", "a");
        io.aksara.it.models.migrations.v1.Shelf.objects.create("name", "b");

        MakeMigrationsResult sql = migrations(V1).makemigrations(MakeMigrationsOptions.defaults().asEmpty().withName("upper_names"));
        fill(sql.file(), """
                changes:
                        - sql:
                            sql: "update mig_shelves set name = upper(name)"
                      rollback:
                        - sql:
                            sql: "update mig_shelves set name = lower(name)"
                """);
        MakeMigrationsResult java = migrations(V1).makemigrations(MakeMigrationsOptions.defaults().asEmpty().withName("suffix"));
        fill(java.file(), """
                changes:
                        - customChange:
                            class: "io.aksara.it.SuffixShelfNames"
                """);
        assertThat(migrations(V1).makemigrations(MakeMigrationsOptions.defaults().asCheck()).changesDetected()).isFalse();

        migrations(V1).migrate();
        assertThat(shelfNames()).containsExactly("A!", "B!");
        assertThat(migrations(V1).sqlmigrate(java.name())).contains("SuffixShelfNames");
        migrations(V1).migrate(sql.name());
        assertThat(shelfNames()).containsExactly("A", "B");
        migrations(V1).migrate("0001");
        assertThat(shelfNames()).containsExactly("a", "b");
    }

    // ------------------------------------------------------------------ helpers

    private Migrations migrations(List<ModelMeta<?>> models) {
        return Migrations.at(dir).models(models).database(config);
    }

    private List<String> status() {
        return migrations(V1).showmigrations().stream().map(MigrationStatus::line).toList();
    }

    private static void fill(Path file, String lists) throws IOException {
        String text = Files.readString(file);
        Files.writeString(file, text.replace("changes: []\n      rollback: []\n", lists.stripTrailing() + "\n"));
    }

    private List<String> shelfNames() {
        return io.aksara.it.models.migrations.v1.Shelf.objects.orderBy("name").valuesList("name", String.class).fetch();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }

    private boolean isPostgres() {
        return config.url().startsWith("jdbc:postgresql:");
    }

    /** PostgreSQL and SQLite run a migration's DDL in its transaction, as the failure message says; H2 and MariaDB commit it. */
    private boolean rollsBackDdl() {
        return isPostgres() || config.url().startsWith("jdbc:sqlite:");
    }

    private boolean isMysql() {
        return config.url().startsWith("jdbc:mysql:") || config.url().startsWith("jdbc:mariadb:");
    }

    private String tag(String changeSetId) throws SQLException {
        try (Connection c = connect();
             java.sql.PreparedStatement s = c.prepareStatement("select TAG from DATABASECHANGELOG where ID = ?")) {
            s.setString(1, changeSetId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private long changelogRows() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from DATABASECHANGELOG")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private boolean tableExists(String table) {
        try (Connection c = connect()) {
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, name, new String[] {"TABLE"})) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean columnExists(String table, String column) {
        try (Connection c = connect()) {
            for (String t : List.of(table, table.toUpperCase(Locale.ROOT))) {
                for (String col : List.of(column, column.toUpperCase(Locale.ROOT))) {
                    try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, t, col)) {
                        if (rs.next()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ModelMeta<?>> metas(Class<?>... models) {
        List<ModelMeta<?>> out = new ArrayList<>();
        for (Class<?> m : models) {
            out.add(ModelRegistry.metaOf(m));
        }
        return out;
    }
}
