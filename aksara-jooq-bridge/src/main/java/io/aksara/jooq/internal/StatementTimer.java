package io.aksara.jooq.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon platform thread that keeps the deadlines of running statements. When one passes it
 * only starts a virtual thread: cancelling a statement may block (MySQL Connector/J and the
 * MariaDB driver open a second connection to send {@code KILL QUERY}, pgjdbc a socket for its
 * cancel request), and a slow cancel must not delay the next deadline. A JDBC
 * {@code setQueryTimeout} would do the same job with one timer per driver, but only in whole
 * seconds.
 */
final class StatementTimer {
    private static final ScheduledThreadPoolExecutor TIMER = create();

    private StatementTimer() {}

    private static ScheduledThreadPoolExecutor create() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().daemon().name("aksara-statement-timer").factory());
        t.setRemoveOnCancelPolicy(true); // a statement that finished in time leaves nothing behind
        return t;
    }

    /**
     * Checks {@code condition} on the timer thread every {@code millis} (the first time after
     * {@code millis}); when it holds, runs {@code action} on a new virtual thread. Cancel the
     * returned future to stop checking.
     */
    static ScheduledFuture<?> whenever(long millis, java.util.function.BooleanSupplier condition, Runnable action) {
        return TIMER.scheduleWithFixedDelay(() -> {
            if (condition.getAsBoolean()) {
                Thread.ofVirtual().name("aksara-cancel").start(action);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code action} on a new virtual thread after {@code nanos}; cancel the returned future to call it off. */
    static ScheduledFuture<?> after(long nanos, Runnable action) {
        return TIMER.schedule(() -> Thread.ofVirtual().name("aksara-cancel").start(action), Math.max(0, nanos),
                TimeUnit.NANOSECONDS);
    }
}
