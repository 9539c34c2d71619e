package io.aksara.jooq.internal;

import io.aksara.errors.AksaraException;
import io.aksara.errors.QueryCancelled;
import io.aksara.errors.QueryTimeout;
import io.aksara.internal.TimeLimits;
import io.aksara.jooq.vendor.Feature;
import io.aksara.spi.Cancellation;
import io.aksara.spi.StatementLimits;
import io.aksara.spi.TransactionContext;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops one statement on the server when its time limit passes, when the {@code ...Async} task
 * running it is given up, or when its virtual thread is interrupted, and turns what the driver
 * then throws into {@link QueryTimeout} or {@link QueryCancelled}.
 *
 * <pre>{@code
 * StatementGuard guard = StatementGuard.before(db, sql);     // QueryTimeout here if no time is left
 * try (Lease lease = Lease.of(db); PreparedStatement ps = lease.connection().prepareStatement(sql);
 *         StatementGuard armed = guard.arm(ps)) {
 *     ...
 * } catch (SQLException e) {
 *     throw guard.failed(e);
 * }
 * }</pre>
 *
 * <p>The statement is stopped with JDBC's {@link Statement#cancel()} from another thread: exact to
 * the millisecond, and it leaves no session setting behind for the next borrower of the connection
 * (unlike {@code SET statement_timeout}). {@link #close()} waits for a cancel already under way,
 * so it can never hit the next statement on the same connection.
 */
final class StatementGuard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatementGuard.class);
    private static final int ARMED = 0;
    private static final int FIRING = 1;
    private static final int DONE = 2;
    /** How often a statement on H2 looks whether its thread was interrupted. */
    private static final long INTERRUPT_CHECK_MS = 100;

    private final BackendContext db;
    private final String sql;
    private final StatementLimits.Limit limit;
    private final Cancellation cancellation;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(StatementGuard.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** ARMED, FIRING or DONE; a field with a VarHandle, not an AtomicInteger: one object less per statement. */
    private volatile int state = ARMED;
    /**
     * Counted down when a stop has finished. Made by {@link #arm} only when something can stop the
     * statement (a time limit, an async cancellation, an interrupt watch), so the common statement
     * allocates none.
     */
    private volatile CountDownLatch cancelled;
    private volatile Statement statement;
    private volatile String stoppedBecause;
    private ScheduledFuture<?> timer;
    private ScheduledFuture<?> interruptWatch;
    private Cancellation.Registration registration;
    /** What the statement observers are told; null when none is registered. */
    private StatementTrace trace;
    private ServerSessions.Session session;
    /** Stop with KILL QUERY to the session rather than Statement.cancel(): a MySQL-protocol stream. */
    private boolean killSession;

    private StatementGuard(BackendContext db, String sql, StatementLimits.Limit limit, Cancellation cancellation) {
        this.db = db;
        this.sql = sql;
        this.limit = limit;
        this.cancellation = cancellation;
    }

    /**
     * The guard of a statement about to run.
     *
     * @throws QueryTimeout when its deadline has already passed
     * @throws QueryCancelled when its async task was already given up
     */
    static StatementGuard before(BackendContext db, String sql) {
        return before(db, sql, null);
    }

    /** As {@link #before(BackendContext, String)}, telling the statement observers its parameters. */
    static StatementGuard before(BackendContext db, String sql, List<Object> params) {
        StatementGuard guard = beforeOrNone(db, sql, params);
        return guard != null ? guard : new StatementGuard(db, sql, null, null);
    }

    /**
     * As {@link #before(BackendContext, String, List)}, but null when nothing can stop the
     * statement or needs to hear of it: no time limit, no {@code ...Async} task that can be given
     * up, no statement observer, and either a platform thread or a database that cancels on the
     * server (an embedded one needs its virtual thread's interrupt watched). That is most
     * statements, and they need no guard object; the static {@link #arm(StatementGuard,
     * Statement, Connection)}, {@link #requireNotStopped(StatementGuard)}, {@link #succeeded(StatementGuard,
     * long)} and {@link #failed(StatementGuard, BackendContext, String, Statement, SQLException)} take
     * the null, and a failure is translated exactly as a guard that never fired translates it.
     */
    static StatementGuard beforeOrNone(BackendContext db, String sql, List<Object> params) {
        ReadOnlyTransactions.requireWritable(db, sql);
        Cancellation c = StatementLimits.cancellation();
        if (c != null && c.isCancelled()) {
            throw notify(new QueryCancelled("Cancelled: " + what(db, sql) + " was not started because its"
                    + " CompletableFuture was given up (" + c.reason() + ")", null, null), db);
        }
        StatementLimits.Limit limit;
        try {
            limit = StatementLimits.forStatement(db.alias(), db.statementTimeout());
        } catch (QueryTimeout e) {
            throw notify(e, db);
        }
        StatementTrace trace = StatementTrace.start(db, sql, params);
        if (limit == null && c == null && trace == null && (!Thread.currentThread().isVirtual() || sessionFoundAfterFailure(db))) {
            return null;
        }
        StatementGuard guard = new StatementGuard(db, sql, limit, c);
        guard.trace = trace;
        return guard;
    }

    /**
     * Whether a statement on a virtual thread can do without a guard. All a guard does for it is read
     * the session id before the statement, in case an interrupt breaks the connection (the query must
     * then be stopped from another one); a server database lets {@link #failed(StatementGuard,
     * BackendContext, String, Statement, SQLException)} read that id from the statement itself, only
     * when it fails on an interrupted thread, so the common statement on a virtual thread allocates
     * and looks up nothing (W8: 64 virtual threads). Not until PostgreSQL's pooler flag is known,
     * which needs a live connection: until then (the first statement) a guard reads it.
     */
    private static boolean sessionFoundAfterFailure(BackendContext db) {
        return db.databaseVendor().has(Feature.SERVER_SIDE_CANCEL)
                && (db.dialect().family() != SQLDialect.POSTGRES || db.poolerKnown());
    }

    /** {@code guard.arm(st, connection)}, or null for no guard (see {@link #beforeOrNone}). */
    static StatementGuard arm(StatementGuard guard, Statement st, Connection connection) {
        return guard == null ? null : guard.arm(st, connection);
    }

    /** {@code guard.requireNotStopped()}; nothing for no guard: nothing could stop the statement. */
    static void requireNotStopped(StatementGuard guard) {
        if (guard != null) {
            guard.requireNotStopped();
        }
    }

    /** {@code guard.succeeded(rows)}; nothing for no guard: nobody observes statements. */
    static void succeeded(StatementGuard guard, long rows) {
        if (guard != null) {
            guard.succeeded(rows);
        }
    }

    /** {@code guard.failed(e)}, or for no guard the same translation of a statement nothing stopped. */
    static AksaraException failed(StatementGuard guard, BackendContext db, String sql, SQLException e) {
        return guard != null ? guard.failed(e) : notStopped(db, sql, null, e);
    }

    /**
     * As {@link #failed(StatementGuard, BackendContext, String, SQLException)}, for a failure while
     * {@code st} is still open: with no guard on an interrupted thread, the session whose query to
     * stop is read from the statement's own driver connection (the pool's wrapper has let go of it
     * once the driver reported the broken connection).
     */
    static AksaraException failed(StatementGuard guard, BackendContext db, String sql, Statement st, SQLException e) {
        if (guard != null) {
            return guard.failed(e);
        }
        return notStopped(db, sql, Thread.currentThread().isInterrupted() ? ServerSessions.ofStatement(st, db) : null, e);
    }

    /** The statement ended well with this many rows read or changed: tells the statement observers. */
    void succeeded(long rows) {
        if (trace != null) {
            trace.succeeded(rows);
        }
    }

    /** Starts watching {@code st} on {@code connection}; returns this guard, to be closed when the statement is done. */
    StatementGuard arm(Statement st, Connection connection) {
        statement = st;
        Thread owner = Thread.currentThread();
        boolean watchInterrupt = owner.isVirtual() && !db.databaseVendor().has(Feature.SERVER_SIDE_CANCEL);
        if (watchInterrupt || limit != null || cancellation != null) {
            cancelled = new CountDownLatch(1); // before any watcher can fire
        }
        if (watchInterrupt) {
            // an embedded database (H2) runs the statement on this very thread and never looks at its interrupt flag
            interruptWatch = StatementTimer.whenever(INTERRUPT_CHECK_MS, owner::isInterrupted, () -> stop("interrupt"));
        } else if (owner.isVirtual() && session == null) {
            session = ServerSessions.of(connection, db); // to stop the query if an interrupt breaks the connection
        }
        if (limit != null) {
            timer = StatementTimer.after(limit.remainingNanos(), () -> stop("timeout"));
        }
        if (cancellation != null) {
            registration = cancellation.whileRunning(() -> stop("cancel"));
        }
        return this;
    }

    /**
     * As {@link #arm}, for a statement whose rows are streamed from a server: once
     * {@code executeQuery} has returned, pgjdbc and both MySQL-protocol drivers consider the
     * statement done and ignore {@code Statement.cancel()}, so the guard stops the session's query
     * from another connection instead ({@code pg_cancel_backend}, {@code KILL QUERY}).
     */
    StatementGuard armStream(Statement st, Connection connection) {
        session = ServerSessions.of(connection, db);
        killSession = session != null;
        return arm(st, connection);
    }

    private void stop(String why) {
        if (!STATE.compareAndSet(this, ARMED, FIRING)) {
            return; // finished in time, or already being stopped
        }
        stoppedBecause = why;
        try {
            if (killSession) {
                ServerSessions.stopQueryNow(db, session);
                return;
            }
            statement.cancel();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Cancelling a statement on database '{}' failed: {}", db.alias(), e.toString());
        } finally {
            state = DONE;
            cancelled.countDown();
        }
    }

    /** The statement is done (or failed): calls off the timer; waits for a cancel already under way. */
    @Override
    public void close() {
        if (timer != null) {
            timer.cancel(false);
        }
        if (interruptWatch != null) {
            interruptWatch.cancel(false);
        }
        if (registration != null) {
            registration.close();
        }
        CountDownLatch stopping = cancelled;
        if (STATE.compareAndSet(this, ARMED, DONE) || stopping == null) {
            return; // finished in time, or nothing could stop it
        }
        try {
            if (!stopping.await(30, TimeUnit.SECONDS)) {
                LOG.warn("Cancelling a statement on database '{}' took over 30 s", db.alias());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * For a stream between rows: once its deadline has passed it fails, even when the server has
     * already sent every row (the limit covers the stream from open to close).
     */
    void requireWithinLimit() {
        if (limit != null && limit.remainingNanos() <= 0 && STATE.compareAndSet(this, ARMED, DONE)) {
            stoppedBecause = "timeout";
            CountDownLatch stopping = cancelled;
            if (stopping != null) {
                stopping.countDown();
            }
        }
        requireNotStopped();
    }

    /**
     * For a read that ended without an error although it was cancelled: MySQL's {@code SLEEP()}
     * cut short by {@code KILL QUERY} just returns 1, so the rows may be incomplete. Throws what
     * {@link #failed} would.
     */
    void requireNotStopped() {
        if (stoppedBecause != null) {
            throw failed(new SQLException("The statement was cancelled but its driver reported no error"));
        }
    }

    /**
     * What to throw for a driver failure: {@link QueryTimeout} or {@link QueryCancelled} when this
     * guard stopped the statement or the thread was interrupted, else the usual translation. The
     * enclosing atomic block, if any, is told a statement failed.
     */
    AksaraException failed(SQLException e) {
        AksaraException error = translate(e);
        if (trace != null) {
            trace.failed(error);
        }
        return error;
    }

    /** The statement failed with an error translated elsewhere: tells the statement observers. */
    void failedWith(RuntimeException error) {
        if (trace != null) {
            trace.failed(error);
        }
    }

    private AksaraException translate(SQLException e) {
        String why = stoppedBecause;
        if ("timeout".equals(why)) {
            return notify(new QueryTimeout("Timed out: " + what(db, sql, limit.operation()) + " was cancelled on the"
                    + " server after " + TimeLimits.format(limit.limit()) + ", " + limit.origin(), limit.limit(),
                    e.getSQLState(), e), db);
        }
        if ("cancel".equals(why)) {
            return notify(new QueryCancelled("Cancelled: " + what(db, sql, StatementLimits.operation())
                    + " was stopped on the server because its CompletableFuture was given up ("
                    + cancellation.reason() + ")", e.getSQLState(), e), db);
        }
        if ("interrupt".equals(why)) {
            return notify(new QueryCancelled("Cancelled: the thread running " + what(db, sql, StatementLimits.operation())
                    + " was interrupted, and the statement was stopped", e.getSQLState(), e), db);
        }
        return notStopped(db, sql, session, e);
    }

    /** The translation of a failure of a statement no guard stopped (there may be no guard at all). */
    private static AksaraException notStopped(BackendContext db, String sql, ServerSessions.Session session,
            SQLException e) {
        if (Thread.currentThread().isInterrupted()) {
            ServerSessions.stopQuery(db, session);
            return notify(new QueryCancelled("Cancelled: the thread running " + what(db, sql, StatementLimits.operation())
                    + " was interrupted; the query was stopped on the server and the connection discarded",
                    e.getSQLState(), e), db);
        }
        return Lease.failed(db, e, sql);
    }

    private static <E extends AksaraException> E notify(E error, BackendContext db) {
        TransactionContext.statementFailed(db.alias(), error);
        return error;
    }

    private static String what(BackendContext db, String sql) {
        return what(db, sql, StatementLimits.operation());
    }

    private static String what(BackendContext db, String sql, String operation) {
        if (operation != null) {
            return operation + " on database '" + db.alias() + "'";
        }
        String text = sql.length() > 120 ? sql.substring(0, 120) + "..." : sql;
        return "the statement [" + text + "] on database '" + db.alias() + "'";
    }
}
