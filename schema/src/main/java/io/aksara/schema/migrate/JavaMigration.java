package io.aksara.schema.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import liquibase.change.custom.CustomTaskChange;
import liquibase.change.custom.CustomTaskRollback;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A data migration in Java with its reverse. Subclass it, reference the class from a migration's
 * {@code customChange}, and leave the changeset's {@code rollback} empty: {@link #backward} is the
 * rollback. Both run on the migration's connection, inside its transaction where the database has
 * transactional DDL.
 *
 * <pre>{@code
 * public class FillSlugs extends JavaMigration {
 *     protected void forward(Connection c) throws SQLException {
 *         try (var s = c.prepareStatement("update products set slug = lower(name)")) { s.executeUpdate(); }
 *     }
 *     protected void backward(Connection c) throws SQLException {
 *         try (var s = c.prepareStatement("update products set slug = null")) { s.executeUpdate(); }
 *     }
 * }
 * }</pre>
 * <pre>{@code
 *   changes:
 *     - customChange:
 *         class: "com.example.migrations.FillSlugs"
 * }</pre>
 */
public abstract class JavaMigration implements CustomTaskChange, CustomTaskRollback {
    /** Changes the data (or schema) going forwards. */
    protected abstract void forward(Connection connection) throws SQLException;

    /** Undoes {@link #forward}. */
    protected abstract void backward(Connection connection) throws SQLException;

    @Override
    public final void execute(Database database) throws CustomChangeException {
        try {
            forward(jdbc(database));
        } catch (SQLException e) {
            throw new CustomChangeException(getClass().getName() + " failed forwards: " + e.getMessage(), e);
        }
    }

    @Override
    public final void rollback(Database database) throws CustomChangeException {
        try {
            backward(jdbc(database));
        } catch (SQLException e) {
            throw new CustomChangeException(getClass().getName() + " failed backwards: " + e.getMessage(), e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return getClass().getSimpleName() + " ran";
    }

    @Override
    public void setUp() {
        // nothing to prepare; subclasses read what they need in forward/backward
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // Java migrations read no files through Liquibase
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }

    private static Connection jdbc(Database database) {
        return ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
    }
}
