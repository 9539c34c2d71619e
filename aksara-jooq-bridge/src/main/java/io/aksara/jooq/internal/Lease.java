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
    /**
     * Who gets the connection back: the application's {@link AmbientTransaction}, the
     * {@link ConnectionSource} it was borrowed from, or null for a block's connection, which the
     * block ends. One field for either keeps the lease as small as it was.
     */
    private final Object giveBackTo;
    /** The fair queue's count of this thread's leases, read once when the lease began; null without a queue. */
    private final AdmissionGate.Leases leases;

    private Lease(Connection connection, Object giveBackTo, AdmissionGate.Leases leases) {
        this.connection = connection;
        this.giveBackTo = giveBackTo;
        this.leases = leases;
    }

    /**
     * The connection of the next statement on {@code db}. Each piece of thread-scoped state (the
     * atomic block, the onOneConnection block, the fair queue's count) is read once here and
     * kept for {@link #close}: each read is a cold line on the real path.
     */
    public static Lease of(BackendContext db) throws SQLException {
        Connection tx = JdbcTransaction.current(db);
        if (tx != null) {
            return new Lease(tx, null, null);
        }
        ConnectionSource source = db.connections();
        AmbientTransaction ambient = source.ambient();
        if (ambient != null) {
            return new Lease(ambient.acquire(), ambient, null);
        }
        Connection held = HeldConnections.of(source);
        if (held != null) {
            return new Lease(held, null, null); // the onOneConnection block gives it back
        }
        if (source instanceof PooledConnections pool) {
            AdmissionGate.Leases entered = pool.enter();
            return new Lease(pool.acquire(entered), pool, entered);
        }
        return new Lease(source.acquire(), source, null);
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
        if (giveBackTo instanceof AmbientTransaction ambient) {
            ambient.release(connection);
        } else if (giveBackTo instanceof PooledConnections pool) {
            pool.release(connection, leases);
        } else if (giveBackTo instanceof ConnectionSource source) {
            source.release(connection);
        }
    }
}
