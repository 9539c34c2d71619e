package io.aksara.spi;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a database's connections come from when the application already has them: its
 * {@code DataSource} or its jOOQ {@code ConnectionProvider}. Aksara borrows a connection for a
 * statement or an atomic block and gives it back; it never closes the source itself.
 *
 * <pre>{@code
 * Aksara.configure(DatabaseConfig.builder().dataSource(applicationDataSource).build());   // wraps it in a ConnectionSource
 * }</pre>
 */
public interface ConnectionSource {
    /** A connection for one statement or one atomic block, given back with {@link #release}. */
    Connection acquire() throws SQLException;

    /** Gives back a connection from {@link #acquire()}. */
    void release(Connection connection) throws SQLException;

    /**
     * The application's transaction this thread is in on this source (a Spring {@code @Transactional}
     * method, a jOOQ {@code dsl.transaction(...)}), which Aksara joins instead of opening its own;
     * null when there is none. Called for every statement: it must be cheap.
     */
    AmbientTransaction ambient();

    /** What messages name this source by, e.g. {@code DataSource HikariDataSource (HikariPool-1)}. */
    String describe();
}
