package io.aksara.jooq.internal;

import io.aksara.Isolation;
import io.aksara.errors.TransactionError;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.spi.AmbientTransaction;
import io.aksara.spi.ConnectionSource;
import io.aksara.spi.TransactionContext;
import io.aksara.spi.TransactionHandle;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transaction of an outermost atomic block: one connection with autocommit off, held until
 * the block ends. Savepoints are JDBC's. On Aksara's own pool, closing the connection hands it
 * back to HikariCP, which restores autocommit and the isolation level it had (and rolls back
 * anything left open); on the application's connections Aksara restores them itself.
 *
 * <p>When the thread is already in a transaction the application opened on the same connections
 * (a Spring {@code @Transactional} method, a jOOQ {@code transaction}), the block joins it instead:
 * it runs on that transaction's connection as a savepoint, "commit" releases the savepoint, and
 * the application's transaction decides what is finally committed; onCommit hooks wait for it.
 */
public final class JdbcTransaction implements TransactionHandle {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcTransaction.class);

    private final String alias;
    private final ConnectionSource source;
    private final Connection connection;
    /** The application's transaction this block joined, or null when the block began its own. */
    private final AmbientTransaction joined;
    /** In a joined transaction, the savepoint the block started at. */
    private final Savepoint start;
    /** On the application's connections: the isolation level to put back, or -1 for nothing to restore. */
    private final int restoreIsolation;
    /**
     * The open database's vendor, so a failed savepoint, commit or rollback is read with its own
     * error codes (without it every vendor's table is consulted, which loads, say, SQLite's
     * classes on a MariaDB thread inside a lock: a pinned virtual thread).
     */
    private final Vendor vendor;

    private JdbcTransaction(String alias, ConnectionSource source, Connection connection, AmbientTransaction joined,
            Savepoint start, int restoreIsolation, Vendor vendor) {
        this.alias = alias;
        this.vendor = vendor;
        this.source = source;
        this.connection = connection;
        this.joined = joined;
        this.start = start;
        this.restoreIsolation = restoreIsolation;
    }

    /**
     * Borrows a connection, sets the isolation level (before anything runs on it), turns autocommit
     * off; or joins the application's transaction the thread is in.
     */
    public static JdbcTransaction begin(BackendContext db, Isolation isolation) {
        ConnectionSource source = db.connections();
        AmbientTransaction ambient = source.ambient();
        if (ambient != null) {
            return join(db, ambient, isolation);
        }
        Connection c;
        try {
            c = HeldConnections.acquire(source);
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e, null, db.databaseVendor());
        }
        int restore = -1;
        try {
            // an onOneConnection block's connection goes on in autocommit after this block, not through the pool's reset
            if (!db.ownsPool() || c == HeldConnections.of(source)) {
                restore = c.getTransactionIsolation();
            }
            boolean perTransaction = db.databaseVendor().setsIsolationPerTransaction();
            if (isolation != null && !perTransaction) {
                c.setTransactionIsolation(jdbcLevel(isolation));
            }
            c.setAutoCommit(false);
            if (isolation != null && perTransaction) {
                // pgjdbc's setTransactionIsolation is SET SESSION CHARACTERISTICS: it would outlive the
                // transaction on the server session, which a transaction-mode pooler hands to others
                setForThisTransaction(c, isolation);
            }
        } catch (SQLException e) {
            releaseQuietly(source, c);
            String begin = "BEGIN" + (isolation == null ? "" : " ISOLATION LEVEL " + isolation);
            throw ErrorTranslator.translate(e, begin, db.databaseVendor());
        }
        log(db.alias(), "BEGIN" + (isolation == null ? "" : " (" + isolation + ")"));
        return new JdbcTransaction(db.alias(), source, c, null, null, restore, db.databaseVendor());
    }

    /** The block as a savepoint in the application's transaction, whose isolation level is already fixed. */
    private static JdbcTransaction join(BackendContext db, AmbientTransaction ambient, Isolation isolation) {
        Connection c;
        try {
            c = ambient.acquire();
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e, null, db.databaseVendor());
        }
        try {
            if (isolation != null && c.getTransactionIsolation() != jdbcLevel(isolation)) {
                throw new TransactionError("Isolation " + isolation + " was asked for on an atomic block on database '"
                        + db.alias() + "', which runs inside " + ambient.describe() + " at another level. The level is"
                        + " fixed when that transaction begins: set it there (@Transactional(isolation = ...)).");
            }
            Savepoint sp = c.setSavepoint();
            log(db.alias(), "SAVEPOINT (joining " + ambient.describe() + ")");
            return new JdbcTransaction(db.alias(), db.connections(), c, ambient, sp, -1, db.databaseVendor());
        } catch (SQLException e) {
            releaseQuietly(ambient, c);
            throw ErrorTranslator.translate(e, "SAVEPOINT", db.databaseVendor());
        } catch (RuntimeException e) {
            releaseQuietly(ambient, c);
            throw e;
        }
    }

    /** The application's transaction this block runs in, or null when the block began its own. */
    public AmbientTransaction joined() {
        return joined;
    }

    private static void setForThisTransaction(Connection c, Isolation isolation) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET TRANSACTION ISOLATION LEVEL " + isolation.name().replace('_', ' '));
        }
    }

    /**
     * The connection of the atomic block this thread is in on {@code db}, or null outside atomic.
     *
     * @throws TransactionError when the block cannot take statements, or when the database was
     *         reconfigured while the block was open
     */
    public static Connection current(BackendContext db) {
        return current(db.alias(), db.connections());
    }

    /** As {@link #current(BackendContext)}, for the database {@code alias} served by {@code source}. */
    static Connection current(String alias, ConnectionSource source) {
        TransactionHandle handle = TransactionContext.handle(alias);
        if (handle == null) {
            return null;
        }
        if (!(handle instanceof JdbcTransaction tx) || tx.source != source) {
            throw new TransactionError("Database '" + alias + "' was reconfigured while an atomic block on it"
                    + " was open; the block's connection belongs to the previous pool");
        }
        return tx.connection;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public Object savepoint() {
        try {
            Savepoint sp = connection.setSavepoint();
            log(alias, "SAVEPOINT");
            return sp;
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e, "SAVEPOINT", vendor);
        }
    }

    @Override
    public void rollbackTo(Object savepoint) {
        try {
            connection.rollback((Savepoint) savepoint);
            log(alias, "ROLLBACK TO SAVEPOINT");
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e, "ROLLBACK TO SAVEPOINT", vendor);
        }
    }

    @Override
    public void release(Object savepoint) {
        try {
            connection.releaseSavepoint((Savepoint) savepoint);
            log(alias, "RELEASE SAVEPOINT");
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e, "RELEASE SAVEPOINT", vendor);
        }
    }

    @Override
    public void commit() {
        if (joined != null) { // the application's transaction commits; the block's work stays part of it
            release(start);
            return;
        }
        try {
            connection.commit();
            log(alias, "COMMIT");
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e, "COMMIT", vendor);
        }
    }

    @Override
    public void rollback() {
        if (joined != null) {
            rollbackTo(start);
            return;
        }
        try {
            connection.rollback();
            log(alias, "ROLLBACK");
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e, "ROLLBACK", vendor);
        }
    }

    @Override
    public void whenCommitted(Runnable hooks) {
        if (joined != null) {
            joined.afterCommit(hooks);
        } else {
            hooks.run();
        }
    }

    @Override
    public void close() {
        if (joined != null) {
            releaseQuietly(joined, connection);
            return;
        }
        if (restoreIsolation >= 0) { // the application's pool may not reset what the block changed
            try {
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(restoreIsolation);
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Restoring a transaction's connection failed: {}", e.toString());
            }
        }
        releaseQuietly(source, connection);
    }

    private static void releaseQuietly(ConnectionSource source, Connection c) {
        try {
            HeldConnections.release(source, c); // an onOneConnection block's connection stays with the block
        } catch (SQLException | RuntimeException e) {
            // the pool evicts a connection it cannot reset; nothing the caller could do about it
            LOG.warn("Closing a transaction's connection failed: {}", e.toString());
        }
    }

    private static void releaseQuietly(AmbientTransaction ambient, Connection c) {
        try {
            ambient.release(c);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Handing back an application transaction's connection failed: {}", e.toString());
        }
    }

    private static int jdbcLevel(Isolation isolation) {
        return switch (isolation) {
            case READ_UNCOMMITTED -> Connection.TRANSACTION_READ_UNCOMMITTED;
            case READ_COMMITTED -> Connection.TRANSACTION_READ_COMMITTED;
            case REPEATABLE_READ -> Connection.TRANSACTION_REPEATABLE_READ;
            case SERIALIZABLE -> Connection.TRANSACTION_SERIALIZABLE;
        };
    }

    private static void log(String alias, String what) {
        if (SqlLog.enabled()) {
            SqlLog.control(alias, what);
        }
    }
}
