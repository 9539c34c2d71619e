package io.aksara.jooq.internal;

import io.aksara.spi.TransactionContext;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * jOOQ's connections for {@code JooqBackend.dsl()}: inside an atomic block the block's connection,
 * so jOOQ code joins the transaction like Aksara's own statements; otherwise a pooled one.
 */
public final class ScopedConnectionProvider implements ConnectionProvider {
    private final String alias;
    private final DataSource pool;

    public ScopedConnectionProvider(String alias, DataSource pool) {
        this.alias = alias;
        this.pool = pool;
    }

    @Override
    public Connection acquire() {
        Connection tx = JdbcTransaction.current(alias, pool);
        if (tx != null) {
            return tx;
        }
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new DataAccessException("No connection available for database '" + alias + "'", e);
        }
    }

    @Override
    public void release(Connection connection) {
        if (TransactionContext.find(alias) instanceof JdbcTransaction tx && tx.connection() == connection) {
            return; // the atomic block ends its transaction
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessException("Cannot return a connection to the pool of '" + alias + "'", e);
        }
    }
}
