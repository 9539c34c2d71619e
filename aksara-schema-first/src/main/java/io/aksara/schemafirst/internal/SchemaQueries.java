package io.aksara.schemafirst.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Runs one catalog query about a schema (its name the only parameter) and hands each row over. */
final class SchemaQueries {
    /** What is done with one row of the result. */
    @FunctionalInterface
    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private SchemaQueries() {}

    static void forEachRow(Connection connection, String sql, String schema, Row row) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
