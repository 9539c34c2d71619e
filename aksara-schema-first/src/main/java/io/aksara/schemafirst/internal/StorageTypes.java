package io.aksara.schemafirst.internal;

import io.aksara.meta.FieldType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.SQLDialect;

/**
 * The column types a field keeps as its {@code dbType}, because migrations would otherwise give
 * the column another one: on MariaDB and MySQL, Aksara's text is {@code longtext} and its
 * instants are {@code datetime(6)}, so a legacy {@code text}, {@code timestamp} or {@code datetime} column names its
 * type, and the round trip through migrations keeps it. Read from {@code information_schema}
 * ({@code column_type}), since jOOQ's meta reports {@code datetime} and {@code timestamp} alike.
 */
public final class StorageTypes {
    private StorageTypes() {}

    /** {@code table.column} → its type ({@code text}, {@code timestamp(6)}, {@code datetime}) for the columns to keep; empty off MariaDB and MySQL. */
    public static Map<String, String> find(Connection connection, SQLDialect dialect, String schema) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        if (dialect.family() != SQLDialect.MARIADB && dialect.family() != SQLDialect.MYSQL) {
            return out;
        }
        String sql = "select table_name, column_name, column_type from information_schema.columns where table_schema = ?"
                + " and data_type in ('text', 'tinytext', 'mediumtext', 'timestamp', 'datetime')";
        SchemaQueries.forEachRow(connection, sql, schema, rs -> out.put(
                Names.normalize(rs.getString(1)) + "." + Names.normalize(rs.getString(2)), rs.getString(3).toLowerCase(Locale.ROOT)));
        return out;
    }

    /** The type to keep for a column read as this field type, or null when migrations would give it its own. */
    static String kept(FieldType fieldType, String columnType) {
        if (columnType == null) {
            return null;
        }
        boolean text = fieldType == FieldType.TEXT && columnType.endsWith("text");
        // a datetime of fewer fractional digits than Aksara's datetime(6) keeps them: datetime(6) would be another column
        boolean instant = fieldType == FieldType.DATE_TIME
                && (columnType.startsWith("timestamp") || columnType.startsWith("datetime") && !columnType.equals("datetime(6)"));
        return text || instant ? columnType : null;
    }
}
