package io.aksara.jooq.internal;

import io.aksara.Isolation;
import io.aksara.errors.TransactionError;
import io.aksara.jooq.JooqBackend;
import io.aksara.spi.TransactionContext;
import io.aksara.spi.TransactionHandle;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transaction of an outermost atomic block: one pooled connection with autocommit off, held
 * until the block ends. Savepoints are JDBC's. Closing the connection hands it back to HikariCP,
 * which restores autocommit and the isolation level it had (and rolls back anything left open).
 */
public final class JdbcTransaction implements TransactionHandle {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcTransaction.class);

    private final String alias;
    private final DataSource pool;
    private final Connection connection;

    private JdbcTransaction(String alias, DataSource pool, Connection connection) {
        this.alias = alias;
        this.pool = pool;
        this.connection = connection;
    }

    /** Borrows a connection, sets the isolation level (before anything runs on it), turns autocommit off. */
    public static JdbcTransaction begin(JooqBackend db, Isolation isolation) {
        Connection c;
        try {
            c = db.dataSource().getConnection();
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e, null);
        }
        try {
            boolean postgres = db.dialect().family() == SQLDialect.POSTGRES;
            if (isolation != null && !postgres) {
                c.setTransactionIsolation(jdbcLevel(isolation));
            }
            c.setAutoCommit(false);
            if (isolation != null && postgres) {
                // pgjdbc's setTransactionIsolation is SET SESSION CHARACTERISTICS: it would outlive the
                // transaction on the server session, which a transaction-mode pooler hands to others
                setForThisTransaction(c, isolation);
            }
        } catch (SQLException e) {
            closeQuietly(c);
            throw ErrorTranslator.translate(e, "BEGIN" + (isolation == null ? "" : " ISOLATION LEVEL " + isolation));
        }
        log(db.alias(), "BEGIN" + (isolation == null ? "" : " (" + isolation + ")"));
        return new JdbcTransaction(db.alias(), db.dataSource(), c);
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
    public static Connection current(JooqBackend db) {
        return current(db.alias(), db.dataSource());
    }

    /** As {@link #current(JooqBackend)}, for the database {@code alias} served by {@code pool}. */
    static Connection current(String alias, DataSource pool) {
        TransactionHandle handle = TransactionContext.handle(alias);
        if (handle == null) {
            return null;
        }
        if (!(handle instanceof JdbcTransaction tx) || tx.pool != pool) {
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
            throw ErrorTranslator.translate(e, "SAVEPOINT");
        }
    }

    @Override
    public void rollbackTo(Object savepoint) {
        try {
            connection.rollback((Savepoint) savepoint);
            log(alias, "ROLLBACK TO SAVEPOINT");
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e, "ROLLBACK TO SAVEPOINT");
        }
    }

    @Override
    public void release(Object savepoint) {
        try {
            connection.releaseSavepoint((Savepoint) savepoint);
            log(alias, "RELEASE SAVEPOINT");
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e, "RELEASE SAVEPOINT");
        }
    }

    @Override
    public void commit() {
        try {
            connection.commit();
            log(alias, "COMMIT");
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e, "COMMIT");
        }
    }

    @Override
    public void rollback() {
        try {
            connection.rollback();
            log(alias, "ROLLBACK");
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e, "ROLLBACK");
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            // the pool evicts a connection it cannot reset; nothing the caller could do about it
            LOG.warn("Closing a transaction's connection failed: {}", e.toString());
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
