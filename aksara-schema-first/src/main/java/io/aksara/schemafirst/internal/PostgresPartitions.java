package io.aksara.schemafirst.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.SQLDialect;

/**
 * The partitions of PostgreSQL's partitioned tables ({@code create table events_2024 partition of
 * events ...}): jOOQ lists them as tables, but their rows are the parent's, so the parent is the
 * one model and the partitions get none.
 */
public final class PostgresPartitions {
    private PostgresPartitions() {}

    /** The names of the schema's partitions; empty on other databases. */
    public static Set<String> find(Connection connection, SQLDialect dialect, String schema) throws SQLException {
        Set<String> out = new TreeSet<>();
        if (dialect.family() != SQLDialect.POSTGRES) {
            return out;
        }
        String sql = "select c.relname from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = ? and c.relispartition";
        SchemaQueries.forEachRow(connection, sql, schema, rs -> out.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT)));
        return out;
    }
}
