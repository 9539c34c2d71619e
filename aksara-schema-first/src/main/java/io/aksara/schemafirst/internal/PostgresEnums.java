package io.aksara.schemafirst.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.SQLDialect;

/**
 * The columns of a PostgreSQL schema whose type is an enum type ({@code create type mood as enum
 * ('SAD', 'OK', 'HAPPY')}), with the type's labels in their order: jOOQ reports such a column as
 * of an unknown type, while {@code pg_enum} lists the labels an {@code @EnumField}'s Java enum needs.
 */
public final class PostgresEnums {
    /**
     * An enum type and its labels.
     *
     * @param name the type's name, with its schema when that is not the table's
     */
    public record EnumType(String name, List<String> labels) {
        public EnumType {
            labels = List.copyOf(labels);
        }

        /** The longest label: the length of a varchar that holds every one. */
        public int longest() {
            return labels.stream().mapToInt(String::length).max().orElse(1);
        }
    }

    private PostgresEnums() {}

    /** {@code table.column} → its enum type, for each enum-typed column of the schema; empty on other databases. */
    public static Map<String, EnumType> find(Connection connection, SQLDialect dialect, String schema) throws SQLException {
        Map<String, EnumType> out = new TreeMap<>();
        if (dialect.family() != SQLDialect.POSTGRES) {
            return out;
        }
        String sql = "select c.table_name, c.column_name, c.udt_schema, c.udt_name, e.enumlabel"
                + " from information_schema.columns c"
                + " join pg_namespace n on n.nspname = c.udt_schema"
                + " join pg_type t on t.typnamespace = n.oid and t.typname = c.udt_name and t.typtype = 'e'"
                + " join pg_enum e on e.enumtypid = t.oid"
                + " where c.table_schema = ? order by c.table_name, c.column_name, e.enumsortorder";
        Map<String, String> names = new TreeMap<>();
        Map<String, List<String>> labels = new TreeMap<>();
        SchemaQueries.forEachRow(connection, sql, schema, rs -> {
            String key = Names.normalize(rs.getString(1)) + "." + Names.normalize(rs.getString(2));
            String typeSchema = rs.getString(3);
            names.put(key, typeSchema.equals(schema) ? rs.getString(4) : typeSchema + "." + rs.getString(4));
            labels.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString(5));
        });
        names.forEach((key, name) -> out.put(key, new EnumType(name, labels.get(key))));
        return out;
    }
}
