package io.aksara.spi;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The "give up" signal of one {@code ...Async} task: set when its future is cancelled or
 * completed from outside ({@code cancel(true)}, {@code orTimeout(...)}). A backend registers how
 * to stop the statement it is running ({@link #whileRunning}); after the signal no new statement
 * may start. Thread-safe: the signal comes from whichever thread completes the future.
 *
 * <pre>{@code
 * Cancellation c = StatementLimits.cancellation();
 * try (Cancellation.Registration r = c == null ? null : c.whileRunning(statement::cancel)) {
 *     statement.execute();
 * }
 * }</pre>
 */
public final class Cancellation {
    private static final Runnable NONE = () -> {};

    private volatile String reason;
    private final AtomicReference<Runnable> stopper = new AtomicReference<>(NONE);

    /** Whether the task was given up; no statement may start after that. */
    public boolean isCancelled() {
        return reason != null;
    }

    /** Why the task was given up ({@code "cancel(true)"}, {@code "orTimeout"}), or null. */
    public String reason() {
        return reason;
    }

    /**
     * Gives up the task: runs the registered stopper, if a statement is running. Only the first
     * call counts.
     */
    public void cancel(String why) {
        if (reason != null) {
            return;
        }
        reason = why;
        Runnable s = stopper.getAndSet(NONE);
        s.run();
    }

    /**
     * Registers how to stop the statement about to run, until the registration is closed; if the
     * task was already given up the stopper runs at once.
     */
    public Registration whileRunning(Runnable stop) {
        stopper.set(stop);
        if (reason != null && stopper.compareAndSet(stop, NONE)) {
            stop.run(); // cancelled between the check and the registration
        }
        return () -> stopper.compareAndSet(stop, NONE);
    }

    /** Ends a {@link #whileRunning} registration; never throws. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
