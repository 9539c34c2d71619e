package io.aksara.schema.migrate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The changesets that have run on a database, read from Liquibase's {@code DATABASECHANGELOG} in
 * the order they ran. An empty list when the table does not exist yet.
 */
final class History {
    /** One row of DATABASECHANGELOG: which changeset of which migration file. */
    record Ran(String id, String author, String migration) {}

    private History() {}

    static List<Ran> read(Connection c) {
        try {
            if (!exists(c)) {
                return List.of();
            }
            boolean autoCommit = c.getAutoCommit();
            List<Ran> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select ID, AUTHOR, FILENAME from DATABASECHANGELOG order by ORDEREXECUTED")) {
                while (rs.next()) {
                    out.add(new Ran(rs.getString(1), rs.getString(2), migrationOf(rs.getString(3))));
                }
            } finally {
                if (!autoCommit) {
                    c.commit(); // end the read transaction so no lock outlives the read
                }
            }
            return out;
        } catch (SQLException e) {
            throw new io.aksara.schema.MigrationError("Cannot read DATABASECHANGELOG: " + e.getMessage(), e);
        }
    }

    /** The migration name of a changelog path ({@code 0001_initial.yaml} → {@code 0001_initial}). */
    static String migrationOf(String path) {
        String file = path.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        return file.endsWith(".yaml") ? file.substring(0, file.length() - ".yaml".length()) : file;
    }

    private static boolean exists(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String name : List.of("DATABASECHANGELOG", "databasechangelog")) {
            try (ResultSet rs = meta.getTables(c.getCatalog(), null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
