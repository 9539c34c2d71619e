package io.aksara.jooq.internal;

import io.aksara.errors.AksaraException;
import io.aksara.jooq.vendor.Vendor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the rows of a query from an open cursor instead of reading them all first. The stream
 * holds its connection (a pooled one, or the atomic block's) until it is closed or read to the
 * end; then the result set, the statement and a pooled connection are released at once.
 *
 * <ul>
 *   <li>PostgreSQL: pgjdbc fetches {@code fetchSize} rows per round trip from a server-side
 *       cursor, which needs autocommit off; on a pooled connection that is turned off for the
 *       stream's life (the read-only transaction is rolled back at the end) and back on.</li>
 *   <li>MySQL Connector/J: only {@code Integer.MIN_VALUE} makes it stream (row by row) instead of
 *       reading the whole result into memory; the connection can run nothing else until the
 *       stream is done.</li>
 *   <li>MariaDB driver, H2: the fetch size.</li>
 * </ul>
 *
 * <p>A time limit covers the stream from open to close. Closing a stream before its end stops
 * the query: both MySQL-protocol drivers would otherwise read every remaining row off the wire
 * to get the connection back, so the statement is cancelled on the server first.
 */
public final class RowStreams {
    private RowStreams() {}

    /** Opens the cursor now (so errors in the SQL surface here) and returns the rows lazily. */
    public static <T> Stream<T> open(BackendContext db, String sql, List<Object> params, int fetchSize,
            Statements.RowReader<T> reader) {
        Cursor<T> cursor = new Cursor<>(db, sql, reader, StatementGuard.before(db, sql, params));
        try {
            cursor.open(params, fetchSize);
        } catch (SQLException e) {
            AksaraException error = cursor.guard.failed(e);
            cursor.closeQuietly(error);
            throw error;
        } catch (RuntimeException e) {
            cursor.closeQuietly(e);
            throw e;
        }
        return StreamSupport.stream(cursor, false).onClose(cursor::close);
    }

    private static final class Cursor<T> extends Spliterators.AbstractSpliterator<T> {
        private final BackendContext db;
        private final String sql;
        private final Statements.RowReader<T> reader;
        private final StatementGuard guard;
        private final long start = System.nanoTime();
        private Lease lease;
        private PreparedStatement statement;
        private ResultSet rows;
        private boolean ownTransaction;
        /** The server session a MySQL-protocol stream runs in, to stop it when closed early. */
        private ServerSessions.Session session;
        private boolean closed;
        private boolean exhausted;
        private long count;

        Cursor(BackendContext db, String sql, Statements.RowReader<T> reader, StatementGuard guard) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.db = db;
            this.sql = sql;
            this.reader = reader;
            this.guard = guard;
        }

        void open(List<Object> params, int fetchSize) throws SQLException {
            lease = Lease.of(db);
            Connection c = lease.connection();
            Vendor vendor = db.databaseVendor();
            if (vendor.streamingNeedsTransaction() && c.getAutoCommit()) {
                c.setAutoCommit(false); // a pooled connection: the cursor needs a transaction
                ownTransaction = true;
            }
            statement = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(vendor.streamingFetchSize(fetchSize));
            if (vendor.streamingStopsThroughSession()) {
                session = ServerSessions.of(c, db);
            }
            guard.armStream(statement, c);
            Statements.bind(statement, params, db);
            rows = statement.executeQuery();
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (closed) {
                return false;
            }
            T row;
            try {
                guard.requireWithinLimit();
                if (!rows.next()) {
                    exhausted = true;
                    guard.requireNotStopped();
                    close(); // read to the end: give the connection back without waiting for close()
                    return false;
                }
                row = reader.read(rows);
            } catch (SQLException e) {
                AksaraException error = guard.failed(e);
                closeQuietly(error);
                throw error;
            } catch (AksaraException e) {
                closeQuietly(e);
                throw e;
            }
            count++;
            action.accept(row);
            return true;
        }

        /** Releases everything; safe to call more than once. */
        void close() {
            if (closed) {
                return;
            }
            closed = true;
            SQLException failure = null;
            try {
                release();
            } catch (SQLException e) {
                failure = e;
            }
            if (SqlLog.enabled()) {
                SqlLog.statement(db.alias(), sql + " [streamed]", List.of(), System.nanoTime() - start, count);
            }
            if (failure != null) {
                AksaraException error = ErrorTranslator.translate(failure, sql, db.databaseVendor());
                guard.failedWith(error);
                throw error;
            }
            guard.succeeded(count); // a no-op after a failure reported on the way here
        }

        void closeQuietly(Throwable primary) {
            try {
                closed = true;
                release();
            } catch (SQLException | RuntimeException e) {
                primary.addSuppressed(e);
            }
        }

        private void release() throws SQLException {
            SQLException first = null;
            AutoCloseable[] steps = {this::stopIfUnfinished, guard, rows, statement, this::endOwnTransaction, lease};
            for (AutoCloseable step : steps) {
                if (step == null) {
                    continue;
                }
                try {
                    step.close();
                } catch (Exception e) {
                    SQLException sql = e instanceof SQLException s ? s : new SQLException(e);
                    if (first == null) {
                        first = sql;
                    } else {
                        first.addSuppressed(sql);
                    }
                }
            }
            rows = null;
            statement = null;
            lease = null;
            if (first != null) {
                throw first;
            }
        }

        /**
         * Closed before its end: the MySQL-protocol drivers would read every remaining row to free
         * the connection, so the query is stopped on the server first. {@code Statement.cancel()}
         * cannot do it: once {@code executeQuery} has returned, both drivers consider the statement
         * finished and ignore it; so {@code KILL QUERY} goes to the stream's session from another
         * connection. PostgreSQL and H2 stop by themselves when the cursor closes.
         */
        private void stopIfUnfinished() throws SQLException {
            if (!exhausted && rows != null && session != null) {
                ServerSessions.stopQueryNow(db, session);
                try {
                    rows.close();
                } catch (SQLException expected) {
                    // "query execution was interrupted": the cancel this close asked for
                }
            }
        }

        private void endOwnTransaction() throws SQLException {
            if (ownTransaction) {
                ownTransaction = false;
                Connection c = lease.connection();
                c.rollback(); // it only read
                c.setAutoCommit(true);
            }
        }
    }
}
