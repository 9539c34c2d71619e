package io.aksara.jooq.internal;

import io.aksara.spi.AmbientTransaction;
import io.aksara.spi.ConnectionSource;
import io.aksara.spi.TransactionContext;
import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * jOOQ's connections for {@code JooqBackend.dsl()}: inside an atomic block the block's connection,
 * so jOOQ code joins the transaction like Aksara's own statements; inside an application's
 * transaction Aksara runs on, that transaction's; otherwise one from the source.
 */
public final class ScopedConnectionProvider implements ConnectionProvider {
    private final String alias;
    private final ConnectionSource source;

    public ScopedConnectionProvider(String alias, ConnectionSource source) {
        this.alias = alias;
        this.source = source;
    }

    @Override
    public Connection acquire() {
        Connection tx = JdbcTransaction.current(alias, source);
        if (tx != null) {
            return tx;
        }
        try {
            AmbientTransaction ambient = source.ambient();
            return ambient != null ? ambient.acquire() : HeldConnections.acquire(source);
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
            // the same thread in the same state as at acquire(): the same one gets it back
            AmbientTransaction ambient = source.ambient();
            if (ambient != null) {
                ambient.release(connection);
            } else {
                HeldConnections.release(source, connection);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Cannot return a connection to the pool of '" + alias + "'", e);
        }
    }
}
