package io.aksara.schema.migrate;

import io.aksara.schema.MigrationError;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The changesets that have run on a database, read from Liquibase's {@code DATABASECHANGELOG} in
 * the order they ran. An empty list when the table does not exist yet.
 */
final class History {
    /** One row of DATABASECHANGELOG: which changeset of which migration file (and the file as stored). */
    record Ran(String id, String author, String migration, String fileName) {}

    private History() {}

    static List<Ran> read(Connection c) {
        try {
            if (!exists(c, "DATABASECHANGELOG")) {
                return List.of();
            }
            boolean autoCommit = c.getAutoCommit();
            List<Ran> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select ID, AUTHOR, FILENAME from DATABASECHANGELOG order by ORDEREXECUTED")) {
                while (rs.next()) {
                    out.add(new Ran(rs.getString(1), rs.getString(2), migrationOf(rs.getString(3)), rs.getString(3)));
                }
            } finally {
                if (!autoCommit) {
                    c.commit(); // end the read transaction so no lock outlives the read
                }
            }
            return out;
        } catch (SQLException e) {
            throw new MigrationError("Cannot read DATABASECHANGELOG: " + e.getMessage(), e);
        }
    }

    /**
     * Tags the last changeset of each migration with the migration's name, as Liquibase's own
     * {@code tag} command would, so Liquibase tools can roll back to a migration by name too.
     */
    static void tag(Connection c, List<String> migrations) {
        if (migrations.isEmpty()) {
            return;
        }
        List<Ran> ran = read(c);
        try {
            boolean autoCommit = c.getAutoCommit();
            for (String migration : migrations) {
                Ran last = null;
                for (Ran r : ran) {
                    if (r.migration().equals(migration)) {
                        last = r;
                    }
                }
                if (last == null) {
                    continue;
                }
                try (PreparedStatement s = c.prepareStatement(
                        "update DATABASECHANGELOG set TAG = ? where ID = ? and AUTHOR = ? and FILENAME = ?")) {
                    s.setString(1, migration);
                    s.setString(2, last.id());
                    s.setString(3, last.author());
                    s.setString(4, last.fileName());
                    s.executeUpdate();
                }
            }
            if (!autoCommit) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new MigrationError("The migrations ran, but tagging them in DATABASECHANGELOG failed: "
                    + e.getMessage(), e);
        }
    }

    /** The migration name of a changelog path ({@code 0001_initial.yaml} → {@code 0001_initial}). */
    static String migrationOf(String path) {
        String file = path.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        return file.endsWith(".yaml") ? file.substring(0, file.length() - ".yaml".length()) : file;
    }

    /** Whether one of Liquibase's tables exists (upper case on H2 and MySQL, folded to lower case on PostgreSQL). */
    static boolean exists(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        // the connection's own schema (null where schemas are catalogs, as on MariaDB): a history
        // table in another schema of the same database (another tenant's) is not this one's
        String schema = c.getSchema();
        for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getTables(c.getCatalog(), schema, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
