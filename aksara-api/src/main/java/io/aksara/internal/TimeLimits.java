package io.aksara.internal;

import io.aksara.errors.QueryTimeout;
import io.aksara.spi.StatementLimits.Limit;
import java.time.Duration;

/**
 * Works out one statement's time limit from the three places a limit can come from: the QuerySet
 * call's {@code timeout}, the database's default, and the enclosing atomic block's deadline.
 */
public final class TimeLimits {
    private TimeLimits() {}

    /** See {@link io.aksara.spi.StatementLimits#forStatement}; null when no limit applies. */
    public static Limit forStatement(String alias, Duration databaseDefault) {
        ExecutionScope.CallScope query = ExecutionScope.query();
        String operation = query == null ? null : query.operation();
        Limit limit = null;
        if (query != null) {
            limit = new Limit(query.deadlineNanos(), query.timeout(), "its QuerySet.timeout(" + format(query.timeout()) + ")", operation);
        } else if (databaseDefault != null) {
            limit = new Limit(System.nanoTime() + databaseDefault.toNanos(), databaseDefault,
                    "the database's statementTimeout of " + format(databaseDefault), null);
        }
        AtomicBlock block = TransactionScope.innermost(alias);
        if (block != null && block.deadline != null
                && (limit == null || block.deadline.nanos() - limit.deadlineNanos() < 0)) {
            limit = new Limit(block.deadline.nanos(), block.deadline.timeout(),
                    "the atomic block's timeout(" + format(block.deadline.timeout()) + ")", operation);
        }
        return limit;
    }

    public static String operation() {
        ExecutionScope.CallScope query = ExecutionScope.query();
        return query == null ? null : query.operation();
    }

    /** The error for a statement that may not start, or was stopped, because its limit passed. */
    public static QueryTimeout expired(Limit limit) {
        return new QueryTimeout("Timed out: " + (limit.operation() == null ? "the statement" : limit.operation())
                + " did not finish within " + limit.origin() + "; nothing more was run", limit.limit(), null, null);
    }

    /** "500 ms", "2 s", "1.5 s". */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000 || ms % 100 != 0) {
            return ms + " ms";
        }
        return ms % 1000 == 0 ? (ms / 1000) + " s" : (ms / 1000.0) + " s";
    }

    /** An atomic block's deadline on the {@link System#nanoTime()} clock, and the timeout it came from. */
    record Deadline(long nanos, Duration timeout) {
        static Deadline after(Duration timeout) {
            return timeout == null ? null : new Deadline(System.nanoTime() + timeout.toNanos(), timeout);
        }

        /** The earlier of two deadlines; either may be null. */
        static Deadline earlier(Deadline a, Deadline b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            return b.nanos - a.nanos < 0 ? b : a;
        }

        boolean passed() {
            return nanos - System.nanoTime() <= 0;
        }
    }
}
