package io.aksara.schemafirst.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.SQLDialect;

/**
 * Column defaults as the database writes them in {@code information_schema.columns}, where jOOQ's
 * meta loses some: on PostgreSQL it drops a {@code nextval(...)} default (the driver calls the
 * column an identity), on MariaDB it reads dates and expressions into typed values or not at all.
 * MariaDB (10.2.7 on) quotes a literal string ({@code 'new'}), not a number ({@code 3}), writes an
 * expression as SQL ({@code curdate()}) and no default as {@code NULL}; PostgreSQL writes SQL with
 * casts ({@code 'new'::character varying}, {@code now()}).
 */
public final class ColumnDefaults {
    private ColumnDefaults() {}

    /**
     * {@code table.column} → the default's SQL for every column of the schema that has one, on
     * PostgreSQL and MariaDB; empty elsewhere (jOOQ's reading serves there).
     */
    public static Map<String, String> find(Connection connection, SQLDialect dialect, String schema) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        boolean postgres = dialect.family() == SQLDialect.POSTGRES;
        if (!postgres && !connection.getMetaData().getDatabaseProductVersion().contains("MariaDB")) {
            return out;
        }
        String sql = "select table_name, column_name, column_default from information_schema.columns"
                + " where table_schema = ? and column_default is not null";
        SchemaQueries.forEachRow(connection, sql, schema,
                rs -> out.put(Names.normalize(rs.getString(1)) + "." + Names.normalize(rs.getString(2)), rs.getString(3)));
        return out;
    }
}
