package io.aksara.schema.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;

/**
 * SQLite's ALTER TABLE cannot add or drop a constraint, so the constraint changes of a migration
 * rebuild the table the way SQLite's documentation describes: a new table from the old one's own
 * {@code CREATE TABLE} text with the constraint added or removed, the rows copied, the old table
 * dropped, the new one renamed, and the old table's indexes created again; column changes (type,
 * NOT NULL, default) rebuild it the same way with the column's definition rewritten
 * ({@link SqliteColumnDefinition}).
 *
 * <p>The migration's connection keeps SQLite's foreign keys off, as the documented procedure asks
 * ({@link #foreignKeys}): with them on, dropping the old table would run its
 * {@code ON DELETE} actions and empty or null the rows that reference it. Instead, the last
 * statement of every rebuild runs {@code PRAGMA foreign_key_check} and fails the changeset, whose
 * transaction then rolls the rebuild back, when a row points at no row.
 */
final class SqliteTables {
    /** A generated column's definition: {@code GENERATED ALWAYS AS (...)}, or SQLite's short {@code AS (...)}. */
    private static final Pattern GENERATED = Pattern.compile("(?i)\\b(?:GENERATED\\s+ALWAYS\\s+)?AS\\s*\\(");
    private static final Pattern CREATE = Pattern.compile("(?is)^\\s*CREATE\\s+TABLE\\s+(\"[^\"]+\"|`[^`]+`|\\[[^]]+]|\\S+?)\\s*\\(");

    private SqliteTables() {}

    static boolean applies(Database database) {
        return database instanceof SQLiteDatabase;
    }

    /** The {@code CREATE TABLE} text SQLite keeps for a table. */
    static String createSql(Database database, String table) {
        return single(database, "select sql from sqlite_master where type = 'table' and lower(name) = lower(?)", table)
                .orElseThrow(() -> new IllegalStateException("SQLite has no table " + table));
    }

    /** The statements that rebuild {@code table} with {@code newCreate} (a CREATE TABLE text for the same name). */
    static Sql[] rebuild(Database database, String table, String newCreate) {
        return rebuild(database, table, newCreate, copiedColumns(newCreate, table), null);
    }

    /**
     * What the rebuild copies: every column ({@code *}), or, when the table has generated columns
     * ({@code @GeneratedField}), the others by name, since SQLite computes generated columns itself
     * and refuses an INSERT that gives them values ({@code SELECT *} includes them).
     */
    private static String copiedColumns(String create, String table) {
        Matcher m = definition(create, table);
        List<String> names = new ArrayList<>();
        boolean generated = false;
        for (String item : SqliteSqlTokens.items(create.substring(m.end(), create.lastIndexOf(')')))) {
            if (isTableConstraint(item)) {
                continue;
            }
            if (isGenerated(item)) {
                generated = true;
            } else {
                names.add(SqliteColumnDefinition.parse(item).name());
            }
        }
        return generated ? String.join(", ", names) : "*";
    }

    private static boolean isGenerated(String columnDefinition) {
        return GENERATED.matcher(columnDefinition).find();
    }

    /** The statements that rebuild {@code table} without {@code column}, and without the indexes that use it. */
    static Sql[] rebuildWithout(Database database, String table, String create, String column) {
        List<String> kept = new ArrayList<>();
        List<String> items = new ArrayList<>();
        boolean found = false;
        Matcher m = definition(create, table);
        for (String item : SqliteSqlTokens.items(create.substring(m.end(), create.lastIndexOf(')')))) {
            if (isTableConstraint(item)) {
                items.add(item);
            } else if (SqliteColumnDefinition.parse(item).isNamed(column)) {
                found = true;
            } else {
                items.add(item);
                if (!isGenerated(item)) {
                    kept.add(SqliteColumnDefinition.parse(item).name());
                }
            }
        }
        if (!found) {
            throw new IllegalStateException("SQLite's table " + table + " has no column " + column + ": " + create);
        }
        String newCreate = create.substring(0, m.end()) + String.join(", ", items) + create.substring(create.lastIndexOf(')'));
        return rebuild(database, table, newCreate, String.join(", ", kept), column);
    }

    private static Sql[] rebuild(Database database, String table, String newCreate, String copied, String droppedColumn) {
        String temporary = table + "__aksara_new";
        Matcher m = definition(newCreate, table);
        List<Sql> sql = new ArrayList<>();
        sql.add(new UnparsedSql("CREATE TABLE " + temporary + " (" + newCreate.substring(m.end())));
        sql.add(new UnparsedSql("*".equals(copied) ? "INSERT INTO " + temporary + " SELECT * FROM " + table
                : "INSERT INTO " + temporary + " (" + copied + ") SELECT " + copied + " FROM " + table));
        sql.add(new UnparsedSql("DROP TABLE " + table));
        sql.add(new UnparsedSql("ALTER TABLE " + temporary + " RENAME TO " + table));
        for (String index : all(database, "select sql from sqlite_master where type = 'index' and lower(tbl_name) = lower(?)"
                + " and sql is not null", table)) {
            if (droppedColumn == null || !usesColumn(index, droppedColumn)) {
                sql.add(new UnparsedSql(index));
            }
        }
        sql.addAll(foreignKeyCheck(table));
        return sql.toArray(Sql[]::new);
    }

    private static Matcher definition(String create, String table) {
        Matcher m = CREATE.matcher(create);
        if (!m.find() || create.lastIndexOf(')') < m.end()) {
            throw new IllegalStateException("Cannot read SQLite's definition of " + table + ": " + create);
        }
        return m;
    }

    /** Whether an index's column list ({@code CREATE INDEX ix ON t (a, b)}) names the column. */
    private static boolean usesColumn(String createIndex, String column) {
        String columns = createIndex.substring(createIndex.indexOf('(') + 1, createIndex.lastIndexOf(')'));
        return SqliteSqlTokens.items(columns).stream()
                .map(c -> SqliteSqlTokens.unquote(SqliteSqlTokens.split(c).getFirst()))
                .anyMatch(c -> c.equalsIgnoreCase(SqliteSqlTokens.unquote(column)));
    }

    /**
     * Statements that fail, inside the changeset's transaction, when any row's foreign key points
     * at no row: a temporary trigger raises the error when {@code pragma_foreign_key_check} lists a
     * row (SQL outside a trigger cannot raise one).
     */
    private static List<Sql> foreignKeyCheck(String table) {
        String trigger = "aksara_fk_check_" + table.replaceAll("\\W", "_");
        String message = "Rebuilding table " + table.replace("'", "''") + " left rows whose foreign key points at no row"
                + " (PRAGMA foreign_key_check lists them); the migration was rolled back";
        return List.of(new UnparsedSql("CREATE TEMP TABLE IF NOT EXISTS aksara_fk_check (rebuilt TEXT)"),
                new UnparsedSql("DROP TRIGGER IF EXISTS temp." + trigger),
                new UnparsedSql("CREATE TEMP TRIGGER " + trigger + " BEFORE INSERT ON aksara_fk_check"
                        + " WHEN EXISTS (SELECT 1 FROM pragma_foreign_key_check) BEGIN SELECT RAISE(ABORT, '" + message + "'); END"),
                new UnparsedSql("INSERT INTO aksara_fk_check VALUES ('" + table.replace("'", "''") + "')"),
                new UnparsedSql("DROP TRIGGER temp." + trigger));
    }

    /**
     * Switches SQLite's foreign keys off on the migration's own connection before Liquibase opens
     * a transaction (SQLite ignores the pragma inside one; each rebuild checks them itself), and on
     * again when the migration is done.
     */
    static void foreignKeys(Connection connection, boolean on) {
        try (var statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare SQLite's connection for a migration: " + e.getMessage(), e);
        }
    }

    /** {@code create} with the definition of {@code column} changed by {@code change}. */
    static String withColumn(String create, String table, String column, UnaryOperator<SqliteColumnDefinition> change) {
        Matcher m = definition(create, table);
        int close = create.lastIndexOf(')');
        List<String> items = new ArrayList<>();
        boolean found = false;
        for (String item : SqliteSqlTokens.items(create.substring(m.end(), close))) {
            if (!isTableConstraint(item) && SqliteColumnDefinition.parse(item).isNamed(column)) {
                items.add(change.apply(SqliteColumnDefinition.parse(item)).sql());
                found = true;
            } else {
                items.add(item);
            }
        }
        if (!found) {
            throw new IllegalStateException("SQLite's table " + table + " has no column " + column + ": " + create);
        }
        return create.substring(0, m.end()) + String.join(", ", items) + create.substring(close);
    }

    private static boolean isTableConstraint(String item) {
        return item.matches("(?is)^(CONSTRAINT|PRIMARY\\s+KEY|UNIQUE|CHECK|FOREIGN\\s+KEY)\\b.*");
    }

    /** {@code create} with {@code clause} added as its last table constraint. */
    static String withConstraint(String create, String clause) {
        int close = create.lastIndexOf(')');
        return create.substring(0, close) + ", " + clause + create.substring(close);
    }

    /** {@code create} without the table constraint named {@code name}, which Aksara wrote as {@code , CONSTRAINT name ...}. */
    static String withoutConstraint(String create, String name) {
        Pattern clause = Pattern.compile("(?is),\\s*CONSTRAINT\\s+\"?" + Pattern.quote(name) + "\"?\\s+.*?(?=,\\s*CONSTRAINT\\s|\\)\\s*$)");
        Matcher m = clause.matcher(create);
        if (!m.find()) {
            throw new IllegalStateException("SQLite's definition has no constraint " + name + ": " + create);
        }
        return create.substring(0, m.start()) + create.substring(m.end());
    }

    private static Optional<String> single(Database database, String query, String table) {
        List<String> rows = all(database, query, table);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    private static List<String> all(Database database, String query, String table) {
        Connection c = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(query)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read SQLite's schema of " + table + ": " + e.getMessage(), e);
        }
        return out;
    }
}
