package io.aksara.schemafirst.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultDataType;

/**
 * The columns of a PostgreSQL schema whose type is a domain ({@code create domain email as
 * varchar(120) check (...)}), with the domain's base type: jOOQ reports the domain's own name,
 * which no field kind knows, while {@code information_schema.columns} gives the base type, length,
 * precision and scale. A domain's column becomes a field of its base type; its checks stay the
 * database's.
 */
public final class PostgresDomains {
    /** A domain and the jOOQ type of its base type. */
    public record Domain(String name, DataType<?> baseType) {}

    private PostgresDomains() {}

    /** {@code table.column} → its domain, for each domain-typed column of the schema; empty on other databases. */
    public static Map<String, Domain> find(Connection connection, SQLDialect dialect, String schema) throws SQLException {
        Map<String, Domain> out = new TreeMap<>();
        if (dialect.family() != SQLDialect.POSTGRES) {
            return out;
        }
        String sql = "select table_name, column_name, domain_name, data_type, character_maximum_length,"
                + " numeric_precision, numeric_scale from information_schema.columns"
                + " where table_schema = ? and domain_name is not null";
        SchemaQueries.forEachRow(connection, sql, schema, rs -> {
            DataType<?> base = DefaultDataType.getDataType(SQLDialect.POSTGRES, rs.getString(4));
            int length = rs.getInt(5);
            if (!rs.wasNull() && length > 0) {
                base = base.length(length);
            }
            int precision = rs.getInt(6);
            if (!rs.wasNull() && precision > 0 && rs.getString(4).equals("numeric")) {
                base = base.precision(precision, rs.getInt(7));
            }
            out.put(Names.normalize(rs.getString(1)) + "." + Names.normalize(rs.getString(2)),
                    new Domain(rs.getString(3), base));
        });
        return out;
    }
}
