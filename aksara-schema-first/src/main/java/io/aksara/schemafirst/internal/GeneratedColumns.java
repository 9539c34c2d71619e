package io.aksara.schemafirst.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.SQLDialect;

/**
 * The generated columns of a schema ({@code total int generated always as (price * qty) stored}),
 * from {@code information_schema.columns}, which PostgreSQL, MariaDB and H2 all fill
 * ({@code is_generated = 'ALWAYS'}, {@code generation_expression}). jOOQ's meta reports them as
 * ordinary columns, and a model that writes one makes every insert fail ("can only be updated to
 * DEFAULT"), so inspectdb leaves them out and says so.
 */
public final class GeneratedColumns {
    private GeneratedColumns() {}

    /** {@code table.column} → the generation expression; empty where the database does not tell (SQLite). */
    public static Map<String, String> find(Connection connection, SQLDialect dialect, String schema) {
        Map<String, String> out = new TreeMap<>();
        if (dialect.family() == SQLDialect.SQLITE) {
            return out;
        }
        String sql = "select table_name, column_name, generation_expression from information_schema.columns"
                + " where table_schema = ? and is_generated = 'ALWAYS'";
        try {
            SchemaQueries.forEachRow(connection, sql, schema,
                    rs -> out.put(Names.normalize(rs.getString(1)) + "." + Names.normalize(rs.getString(2)), rs.getString(3)));
        } catch (SQLException noSuchColumns) {
            return Map.of(); // a database without these columns has no generated columns to tell apart
        }
        return out;
    }
}
