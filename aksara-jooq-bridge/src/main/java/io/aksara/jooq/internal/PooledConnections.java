package io.aksara.jooq.internal;

import io.aksara.spi.AmbientTransaction;
import io.aksara.spi.ConnectionSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The connections of a pool Aksara opened itself from a URL. Nobody else holds a transaction on
 * it, so there is never an application transaction to join.
 */
public final class PooledConnections implements ConnectionSource {
    private final DataSource pool;
    private final String name;

    public PooledConnections(DataSource pool, String name) {
        this.pool = pool;
        this.name = name;
    }

    @Override
    public Connection acquire() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void release(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public AmbientTransaction ambient() {
        return null;
    }

    @Override
    public String describe() {
        return name;
    }
}
