package io.aksara.jooq.internal;

import io.aksara.errors.AksaraException;
import io.aksara.spi.AmbientTransaction;
import io.aksara.spi.ConnectionSource;
import io.aksara.spi.TransactionContext;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connection one statement runs on: the atomic block's when the thread is in one on this
 * database; else the connection of the application's transaction (a Spring {@code @Transactional}
 * method, a jOOQ {@code transaction}) when Aksara runs on the application's connections and the
 * thread is in one; else the connection of the thread's {@code onOneConnection} block on this
 * database ({@link HeldConnections}); else a pooled one that goes back to the pool when the
 * statement is done.
 *
 * <pre>{@code
 * try (Lease lease = Lease.of(db); PreparedStatement ps = lease.connection().prepareStatement(sql)) { ... }
 * catch (SQLException e) { throw Lease.failed(db, e, sql); }
 * }</pre>
 */
public final class Lease implements AutoCloseable {
    private final Connection connection;
    /** Who gets the connection back: null for a block's connection, which the block ends. */
    private final ConnectionSource source;
    private final AmbientTransaction ambient;

    private Lease(Connection connection, ConnectionSource source, AmbientTransaction ambient) {
        this.connection = connection;
        this.source = source;
        this.ambient = ambient;
    }

    public static Lease of(BackendContext db) throws SQLException {
        Connection tx = JdbcTransaction.current(db);
        if (tx != null) {
            return new Lease(tx, null, null);
        }
        ConnectionSource source = db.connections();
        AmbientTransaction ambient = source.ambient();
        if (ambient != null) {
            return new Lease(ambient.acquire(), null, ambient);
        }
        return new Lease(HeldConnections.acquire(source), source, null);
    }

    public Connection connection() {
        return connection;
    }

    /**
     * Translates a driver failure and tells the atomic block (if any) that a statement failed in
     * it, so the block refuses further statements and rolls back.
     */
    public static AksaraException failed(BackendContext db, SQLException e, String sql) {
        AksaraException error = ErrorTranslator.translate(e, sql, db.databaseVendor());
        SqlLog.failed(sql); // a statement the database refused was still sent: QueryLog lists it
        TransactionContext.statementFailed(db.alias(), error);
        return error;
    }

    /** A transaction's connection stays open: the block, or the application's transaction, ends it. */
    @Override
    public void close() throws SQLException {
        if (ambient != null) {
            ambient.release(connection);
        } else if (source != null) {
            HeldConnections.release(source, connection); // not an onOneConnection block's
        }
    }
}
