package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.DatabaseConfig;
import io.aksara.schema.changelog.ChangelogWriter;
import io.aksara.schema.diff.Operation;
import io.aksara.schema.lint.Finding;
import io.aksara.schema.lint.LintDatabase;
import io.aksara.schema.lint.MigrationLinter;
import io.aksara.schema.lint.SafeStep;
import io.aksara.schema.state.ColumnState;
import io.aksara.schema.state.ForeignKeyState;
import io.aksara.schema.state.IndexState;
import io.aksara.schema.state.ModelState;
import io.aksara.schema.state.TableState;
import io.aksara.schema.state.UniqueState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The migration linter's safe sequences run on the real servers: each test makes a table with
 * rows, asks the linter about an unsafe operation, runs the SQL steps it prints one by one (each
 * its own transaction, as separate migrations would) and checks the database ends where the
 * operation would have taken it. On PostgreSQL it also shows the point of a sequence: a write
 * that waits behind the unsafe statement goes through beside the safe one. The linter judges
 * PostgreSQL and MariaDB only, so H2 and SQLite skip.
 */
@OnEveryDatabase
class MigrationLintSuite {
    private static final int ROWS = 2000;
    private static final ColumnState ID = new ColumnState("id", "BIGINT", false, null, false, true);

    @Parameter
    TestDatabase db;

    private DatabaseConfig config;

    @BeforeParameterizedClassInvocation
    void connect() {
        config = db.config();
    }

    private LintDatabase lintDatabase() {
        Assumptions.assumeTrue(db.isPostgres() || db.isMariadb(), () -> "the migration linter judges PostgreSQL and MariaDB, not " + db);
        return db.isPostgres() ? LintDatabase.POSTGRESQL : LintDatabase.MARIADB;
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }

    private static ColumnState col(String name, String type, boolean nullable) {
        return new ColumnState(name, type, nullable, null, false, false);
    }

    /** The two tables as the linter's state knows them. */
    private static ModelState state() {
        return ModelState.of(List.of(
                TableState.of("lint_categories", "pk_lint_categories", List.of(ID, col("name", "VARCHAR(50)", false))),
                TableState.of("lint_items", "pk_lint_items", List.of(ID, col("name", "VARCHAR(100)", false),
                        col("note", "VARCHAR(40)", true), col("category_id", "BIGINT", true), col("price", "DECIMAL(10,2)", true)))));
    }

    @BeforeEach
    void tablesWithRows() throws SQLException {
        if (!(db.isPostgres() || db.isMariadb())) {
            return;
        }
        try (Connection c = connection(); Statement s = c.createStatement()) {
            try {
                s.execute("DROP VIEW lint_items");   // left by the rename test, if it failed half-way
            } catch (SQLException notAView) {
                // a table or nothing: dropped below
            }
            s.execute("DROP TABLE IF EXISTS lint_items");
            s.execute("DROP TABLE IF EXISTS lint_things");
            s.execute("DROP TABLE IF EXISTS lint_categories");
            s.execute("CREATE TABLE lint_categories (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
            s.execute("CREATE TABLE lint_items (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, note VARCHAR(40) NULL, "
                    + "category_id BIGINT NULL, price DECIMAL(10,2) NULL)");
            s.execute("INSERT INTO lint_categories (id, name) VALUES (1, 'pens'), (2, 'ink')");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO lint_items (id, name, note, category_id, price) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= ROWS; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, "item " + i);
                    insert.setString(3, i % 3 == 0 ? null : "note " + i);
                    insert.setLong(4, i % 2 + 1);
                    insert.setBigDecimal(5, new java.math.BigDecimal(i + ".25"));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    private Finding finding(Operation op, String rule) {
        LintDatabase target = lintDatabase();
        List<Finding> found = MigrationLinter.forDatabases(EnumSet.of(target)).lint("0002_x", List.of(op), state()).findings();
        assertThat(found).extracting(Finding::rule).containsExactly(rule);
        return found.getFirst();
    }

    /** Runs the SQL steps in order, each on its own (autocommit), as separate migrations would. */
    private void runSteps(Finding finding) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            for (SafeStep step : finding.safeSequence()) {
                if (step.isSql()) {
                    s.execute(step.sql());
                }
            }
        }
    }

    private Object scalar(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getObject(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private boolean hasIndex(String table, String index) throws SQLException {
        try (Connection c = connection(); ResultSet r = c.getMetaData().getIndexInfo(c.getCatalog(), null, table, false, false)) {
            while (r.next()) {
                if (index.equalsIgnoreCase(r.getString("INDEX_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    private Map<String, Object> column(String table, String name) throws SQLException {
        try (Connection c = connection(); ResultSet r = c.getMetaData().getColumns(c.getCatalog(), null, table, name)) {
            assertThat(r.next()).as("column %s.%s", table, name).isTrue();
            return Map.of("type", r.getString("TYPE_NAME").toLowerCase(java.util.Locale.ROOT), "nullable", r.getInt("NULLABLE") == 1);
        }
    }

    @Test
    void theConcurrentIndexBuildsOnPostgresAndMariadbIsNotFlagged() throws SQLException {
        Operation op = new Operation.CreateIndex("lint_items", new IndexState("ix_lint_items_name", List.of("name")));
        if (lintDatabase() == LintDatabase.MARIADB) {
            assertThat(MigrationLinter.forDatabases(EnumSet.of(LintDatabase.MARIADB)).lint("0002_x", List.of(op), state())
                    .findings()).isEmpty();
            return;
        }
        runSteps(finding(op, "index-locks-writes"));
        assertThat(hasIndex("lint_items", "ix_lint_items_name")).isTrue();
        assertThat(scalar("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_lint_items_name'::regclass")).isEqualTo(true);
    }

    @Test
    void theUniqueIndexBecomesAConstraintThatRefusesDuplicates() throws SQLException {
        Assumptions.assumeTrue(lintDatabase() == LintDatabase.POSTGRESQL, "MariaDB adds unique indexes online: nothing to fix");
        runSteps(finding(new Operation.AddUnique("lint_items", new UniqueState("uq_lint_items_name", List.of("name"))),
                "index-locks-writes"));
        assertThat(scalar("SELECT contype FROM pg_constraint WHERE conname = 'uq_lint_items_name'")).hasToString("u");
        assertThatThrownBy(() -> update("INSERT INTO lint_items (id, name) VALUES (9999, 'item 1')")).isInstanceOf(SQLException.class);
    }

    @Test
    void theForeignKeyAddedInStepsIsEnforced() throws SQLException {
        Finding f = finding(new Operation.AddForeignKey("lint_items",
                new ForeignKeyState("fk_lint_items_category", "category_id", "lint_categories", "id", "CASCADE")), "foreign-key-locks-tables");
        if (lintDatabase() == LintDatabase.MARIADB) {
            String orphans = f.safeSequence().getFirst().sql();
            assertThat(((Number) scalar(orphans.substring(0, orphans.length() - 1))).longValue()).isZero();
        }
        runSteps(f);
        assertThatThrownBy(() -> update("INSERT INTO lint_items (id, name, category_id) VALUES (9999, 'x', 77)"))
                .isInstanceOf(SQLException.class);
        update("DELETE FROM lint_categories WHERE id = 1");
        assertThat(((Number) scalar("SELECT COUNT(*) FROM lint_items")).intValue()).isEqualTo(ROWS / 2);   // ON DELETE CASCADE
        if (db.isPostgres()) {
            assertThat(scalar("SELECT convalidated FROM pg_constraint WHERE conname = 'fk_lint_items_category'")).isEqualTo(true);
        }
    }

    @Test
    void onPostgresWritesWaitBehindAddForeignKeyButGoOnBesideValidate() throws Exception {
        Assumptions.assumeTrue(lintDatabase() == LintDatabase.POSTGRESQL, "lock modes are PostgreSQL's");
        Finding f = finding(new Operation.AddForeignKey("lint_items",
                new ForeignKeyState("fk_lint_items_category", "category_id", "lint_categories", "id", null)), "foreign-key-locks-tables");
        String unsafe = "ALTER TABLE lint_items ADD CONSTRAINT fk_lint_items_category FOREIGN KEY (category_id) REFERENCES lint_categories (id)";
        assertThat(writeBesideOpenTransaction(unsafe)).as("an insert while ADD FOREIGN KEY is uncommitted").isFalse();
        update(f.safeSequence().get(0).sql());                                   // ... NOT VALID
        assertThat(writeBesideOpenTransaction(f.safeSequence().get(1).sql()))    // VALIDATE CONSTRAINT
                .as("an insert while VALIDATE CONSTRAINT is uncommitted").isTrue();
    }

    /**
     * Runs {@code ddl} in a transaction left open, then tries an insert from another connection
     * that gives up after 500 ms: whether it got through.
     */
    private boolean writeBesideOpenTransaction(String ddl) throws SQLException {
        try (Connection holder = connection(); Connection writer = connection()) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute(ddl);
            }
            try (Statement w = writer.createStatement()) {
                w.execute("SET lock_timeout = '500ms'");
                w.executeUpdate("INSERT INTO lint_items (id, name, category_id) VALUES (" + (5000 + (int) (Math.random() * 1000))
                        + ", 'during', 1)");
                return true;
            } catch (SQLException timedOut) {
                assertThat(timedOut.getSQLState()).isEqualTo("55P03");   // lock_not_available
                return false;
            } finally {
                holder.rollback();
            }
        }
    }

    @Test
    void setNotNullFillsTheNullsAndRefusesNewOnes() throws SQLException {
        ColumnState note = col("note", "VARCHAR(40)", true);
        runSteps(finding(new Operation.AlterColumn("lint_items", note, col("note", "VARCHAR(40)", false), "none"),
                "set-not-null-scans-table"));
        assertThat(((Number) scalar("SELECT COUNT(*) FROM lint_items WHERE note = 'none'")).intValue()).isEqualTo(ROWS / 3);
        assertThat(column("lint_items", "note").get("nullable")).isEqualTo(false);
        assertThatThrownBy(() -> update("INSERT INTO lint_items (id, name, note) VALUES (9999, 'x', NULL)")).isInstanceOf(SQLException.class);
        if (db.isPostgres()) {
            assertThat(((Number) scalar("SELECT COUNT(*) FROM pg_constraint WHERE conname = 'lint_items_note_not_null'")).intValue()).isZero();
        }
    }

    @Test
    void aRequiredColumnIsAddedNullableFilledThenMadeNotNull() throws SQLException {
        ColumnState stock = col("stock", "INT", false);
        Finding f = finding(new Operation.AddColumn("lint_items", stock, null), "required-column-without-default");
        if (db.isPostgres()) {
            assertThatThrownBy(() -> update("ALTER TABLE lint_items ADD stock INT NOT NULL")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("null values");
        } else {   // MariaDB takes it and makes up a value for every row
            update("ALTER TABLE lint_items ADD stock INT NOT NULL");
            assertThat(((Number) scalar("SELECT MAX(stock) FROM lint_items")).intValue()).isZero();
            update("ALTER TABLE lint_items DROP COLUMN stock");
        }
        assertThat(f.why()).contains(db.isPostgres() ? "fails as soon as lint_items has a row" : "implicit default (0, an empty string)");
        try (Connection c = connection(); Statement s = c.createStatement()) {
            for (SafeStep step : f.safeSequence()) {
                if (step.isSql()) {
                    s.execute(step.sql());
                } else {
                    assertThat(step.note()).contains("fill the existing rows");
                    s.executeUpdate("UPDATE lint_items SET stock = 7 WHERE stock IS NULL");   // the value only the user knows
                }
            }
        }
        assertThat(column("lint_items", "stock").get("nullable")).isEqualTo(false);
        assertThat(((Number) scalar("SELECT MIN(stock) FROM lint_items")).intValue()).isEqualTo(7);
    }

    @Test
    void aTypeChangeByExpandAndContractKeepsTheValues() throws SQLException {
        Finding f = finding(new Operation.AlterColumn("lint_items", col("price", "DECIMAL(10,2)", true),
                col("price", "VARCHAR(20)", true), null), "type-change-rewrites-table");
        runSteps(f);
        assertThat(column("lint_items", "price").get("type")).isEqualTo("varchar");
        assertThat(scalar("SELECT price FROM lint_items WHERE id = 42")).isEqualTo("42.25");
        assertThat(scalar("SELECT price_old FROM lint_items WHERE id = 42")).isEqualTo(new java.math.BigDecimal("42.25"));
    }

    @Test
    void aRenamedTableStaysReachableUnderItsOldNameThroughAView() throws SQLException {
        runSteps(finding(new Operation.RenameTable("lint_items", "lint_things"), "rename-table"));
        assertThat(((Number) scalar("SELECT COUNT(*) FROM lint_things")).intValue()).isEqualTo(ROWS);
        update("INSERT INTO lint_items (id, name) VALUES (9999, 'through the view')");   // the previous release writing
        assertThat(scalar("SELECT name FROM lint_things WHERE id = 9999")).isEqualTo("through the view");
        update("DROP VIEW lint_items");
    }

    @Test
    void aColumnToDropStopsBeingRequiredFirstAndARenameCopiesTheValues() throws SQLException {
        runSteps(finding(new Operation.DropColumn("lint_items", col("name", "VARCHAR(100)", false)), "drop-column"));
        update("INSERT INTO lint_items (id, note) VALUES (9999, 'new release')");   // the release without the field inserts
        runSteps(finding(new Operation.RenameColumn("lint_items", col("note", "VARCHAR(40)", true), "remark"), "rename-column"));
        assertThat(scalar("SELECT remark FROM lint_items WHERE id = 1")).isEqualTo("note 1");
        assertThat(scalar("SELECT note FROM lint_items WHERE id = 1")).isEqualTo("note 1");   // the old column stays a release
    }

    @Test
    void aVolatileDefaultInAHandWrittenMigrationIsSetForNewRowsAndFilledForOldOnes(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(lintDatabase() == LintDatabase.POSTGRESQL, "volatile defaults rewrite tables on PostgreSQL");
        Files.writeString(dir.resolve("0001_initial.yaml"), ChangelogWriter.migration("0001_initial",
                List.of(new Operation.CreateTable(state().table("lint_items").orElseThrow()))));
        Files.writeString(dir.resolve("0002_token.yaml"), """
                databaseChangeLog:
                  - changeSet:
                      id: "0002_token"
                      author: "me"
                      changes:
                        - addColumn:
                            tableName: "lint_items"
                            columns:
                              - column: {name: "token", type: "${aksara.uuid}", defaultValueComputed: "gen_random_uuid()"}
                """);
        List<Finding> found = MigrationLinter.forDatabases(EnumSet.of(LintDatabase.POSTGRESQL)).lint(dir, "0001").findings();
        assertThat(found).extracting(Finding::rule).containsExactly("volatile-default-rewrites-table");
        runSteps(found.getFirst());
        assertThat(((Number) scalar("SELECT COUNT(DISTINCT token) FROM lint_items")).intValue()).isEqualTo(ROWS);
        update("INSERT INTO lint_items (id, name) VALUES (9999, 'new')");
        assertThat(scalar("SELECT token FROM lint_items WHERE id = 9999")).isNotNull();
    }
}
