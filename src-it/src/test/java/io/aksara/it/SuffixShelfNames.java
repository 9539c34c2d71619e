package io.aksara.it;

import io.aksara.schema.migrate.JavaMigration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A Java data migration for the migration suite: appends "!" to every shelf name, and takes it off again. */
public class SuffixShelfNames extends JavaMigration {
    @Override
    protected void forward(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("update mig_shelves set name = concat(name, ?)")) {
            s.setString(1, "!");
            s.executeUpdate();
        }
    }

    @Override
    protected void backward(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "update mig_shelves set name = substring(name, 1, char_length(name) - 1)")) {
            s.executeUpdate();
        }
    }
}
