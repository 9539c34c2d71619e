package io.aksara.spi;

import io.aksara.errors.QueryTimeout;
import io.aksara.internal.ExecutionScope;
import io.aksara.internal.TimeLimits;
import java.time.Duration;

/**
 * How long the statement a backend is about to run may take, and whether its caller can still
 * give up on it. The limit is the smallest of those that apply:
 *
 * <ul>
 *   <li>the QuerySet's {@code timeout(...)}, counted from the start of the call (it replaces the
 *       database's default), else the database's {@code statementTimeout};</li>
 *   <li>the remaining time of the atomic block the thread is in on this database, if it has a
 *       {@code timeout(...)}.</li>
 * </ul>
 *
 * <pre>{@code
 * StatementLimits.Limit limit = StatementLimits.forStatement(alias, config.statementTimeout());
 * if (limit != null) scheduleCancel(statement, limit.remainingNanos());
 * }</pre>
 */
public final class StatementLimits {
    private StatementLimits() {}

    /**
     * One statement's limit.
     *
     * @param deadlineNanos when it must be done, on the {@link System#nanoTime()} clock
     * @param limit         the limit as configured, for messages
     * @param origin        where the limit comes from, in words ("QuerySet.timeout(500 ms)")
     * @param operation     what the caller was doing ("Report.fetch()"), or null when not known
     */
    public record Limit(long deadlineNanos, Duration limit, String origin, String operation) {
        /** Nanoseconds left; at most 0 once the deadline has passed. */
        public long remainingNanos() {
            return deadlineNanos - System.nanoTime();
        }
    }

    /**
     * The limit of the next statement on the database {@code alias}, or null when none applies.
     *
     * @param databaseDefault the database's configured statement timeout, or null
     * @throws QueryTimeout when the deadline has already passed (no SQL should run)
     */
    public static Limit forStatement(String alias, Duration databaseDefault) {
        Limit limit = TimeLimits.forStatement(alias, databaseDefault);
        if (limit != null && limit.remainingNanos() <= 0) {
            throw TimeLimits.expired(limit);
        }
        return limit;
    }

    /** What the current QuerySet call is doing ("Report.count()"), or null outside one. */
    public static String operation() {
        return TimeLimits.operation();
    }

    /** The cancellation signal of the {@code ...Async} task this thread runs, or null. */
    public static Cancellation cancellation() {
        return ExecutionScope.cancellation();
    }
}
