package io.aksara.schema.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
 * dropped, the new one renamed, and the old table's indexes created again. Foreign key checks are
 * deferred to the migration's commit ({@code PRAGMA defer_foreign_keys}), so rows that reference
 * the rebuilt table are checked once it is back.
 */
final class SqliteTables {
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
        String temporary = table + "__aksara_new";
        Matcher m = CREATE.matcher(newCreate);
        if (!m.find()) {
            throw new IllegalStateException("Cannot read SQLite's definition of " + table + ": " + newCreate);
        }
        List<Sql> sql = new ArrayList<>();
        sql.add(new UnparsedSql("PRAGMA defer_foreign_keys = ON"));
        sql.add(new UnparsedSql("CREATE TABLE " + temporary + " (" + newCreate.substring(m.end())));
        sql.add(new UnparsedSql("INSERT INTO " + temporary + " SELECT * FROM " + table));
        sql.add(new UnparsedSql("DROP TABLE " + table));
        sql.add(new UnparsedSql("ALTER TABLE " + temporary + " RENAME TO " + table));
        for (String index : all(database, "select sql from sqlite_master where type = 'index' and lower(tbl_name) = lower(?)"
                + " and sql is not null", table)) {
            sql.add(new UnparsedSql(index));
        }
        return sql.toArray(Sql[]::new);
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
