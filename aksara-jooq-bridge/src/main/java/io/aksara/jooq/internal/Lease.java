package io.aksara.jooq.internal;

import io.aksara.errors.AksaraException;
import io.aksara.jooq.JooqBackend;
import io.aksara.spi.TransactionContext;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connection one statement runs on: the atomic block's when the thread is in one on this
 * database, else a pooled one that goes back to the pool when the statement is done.
 *
 * <pre>{@code
 * try (Lease lease = Lease.of(db); PreparedStatement ps = lease.connection().prepareStatement(sql)) { ... }
 * catch (SQLException e) { throw Lease.failed(db, e, sql); }
 * }</pre>
 */
public final class Lease implements AutoCloseable {
    private final Connection connection;
    private final boolean pooled;

    private Lease(Connection connection, boolean pooled) {
        this.connection = connection;
        this.pooled = pooled;
    }

    public static Lease of(JooqBackend db) throws SQLException {
        Connection tx = JdbcTransaction.current(db);
        return tx != null ? new Lease(tx, false) : new Lease(db.dataSource().getConnection(), true);
    }

    public Connection connection() {
        return connection;
    }

    /**
     * Translates a driver failure and tells the atomic block (if any) that a statement failed in
     * it, so the block refuses further statements and rolls back.
     */
    public static AksaraException failed(JooqBackend db, SQLException e, String sql) {
        AksaraException error = ErrorTranslator.translate(e, sql, db.databaseVendor());
        SqlLog.failed(sql); // a statement the database refused was still sent: QueryLog lists it
        TransactionContext.statementFailed(db.alias(), error);
        return error;
    }

    /** A transaction's connection stays open: the block ends it. */
    @Override
    public void close() throws SQLException {
        if (pooled) {
            connection.close();
        }
    }
}
