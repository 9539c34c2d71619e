package io.aksara.schemafirst.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.SQLDialect;

/**
 * The generated columns of a schema ({@code total int generated always as (price * qty) stored}),
 * from {@code information_schema.columns}, which PostgreSQL, MariaDB and H2 all fill
 * ({@code is_generated = 'ALWAYS'}, {@code generation_expression}; MariaDB's {@code extra} says
 * {@code VIRTUAL GENERATED} or {@code STORED GENERATED}). jOOQ's meta reports them as ordinary
 * columns; inspectdb makes each a {@code @GeneratedField} with the expression as the database
 * reports it, so no write sends it.
 */
public final class GeneratedColumns {
    private GeneratedColumns() {}

    /**
     * {@code table.column} → its clause, {@code generated always as (<expression>) stored} (or
     * {@code virtual}); SQLite's from {@link SqliteGeneratedColumns}.
     */
    public static Map<String, String> find(Connection connection, SQLDialect dialect, String schema) {
        Map<String, String> out = new TreeMap<>();
        if (dialect.family() == SQLDialect.SQLITE) {
            try {
                SqliteGeneratedColumns.find(connection, out);
            } catch (SQLException unreadable) {
                return Map.of();
            }
            return out;
        }
        boolean mysql = dialect.family() == SQLDialect.MYSQL || dialect.family() == SQLDialect.MARIADB;
        // only MariaDB and MySQL have both kinds to tell apart; PostgreSQL before 18 and H2 store them
        String sql = "select table_name, column_name, generation_expression, " + (mysql ? "extra" : "'STORED'")
                + " from information_schema.columns where table_schema = ? and is_generated = 'ALWAYS'";
        try {
            SchemaQueries.forEachRow(connection, sql, schema,
                    rs -> out.put(Names.normalize(rs.getString(1)) + "." + Names.normalize(rs.getString(2)),
                            clause(rs.getString(3), rs.getString(4))));
        } catch (SQLException noSuchColumns) {
            return Map.of(); // a database without these columns has no generated columns to tell apart
        }
        return out;
    }

    static String clause(String expression, String storage) {
        boolean virtual = storage != null && storage.toUpperCase(java.util.Locale.ROOT).contains("VIRTUAL");
        return "generated always as (" + expression + ") " + (virtual ? "virtual" : "stored");
    }

    /** The expression of a column type text ending in a generation clause, or null. */
    public static String expression(String sqlType) {
        int start = sqlType.indexOf(" generated always as (");
        if (start < 0) {
            return null;
        }
        int end = sqlType.lastIndexOf(") ");
        return sqlType.substring(start + " generated always as (".length(), end);
    }

    /** Whether a column type text with a generation clause says stored (virtual otherwise). */
    public static boolean stored(String sqlType) {
        return !sqlType.endsWith(") virtual");
    }
}
