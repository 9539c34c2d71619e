package io.aksara.internal;

import io.aksara.errors.TransactionConflict;
import io.aksara.errors.TransactionError;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long an outermost atomic block waits before running again after a
 * {@link TransactionConflict}: exponential backoff with full jitter (a random wait between 0 and
 * 10 ms · 2^attempt, at most 500 ms), so transactions that collided do not collide again in step.
 */
final class Retries {
    private static final long BASE_MS = 10;
    private static final long CAP_MS = 500;

    private Retries() {}

    /**
     * A conflict, thrown by a statement or by the commit, or the cause of a block broken by one
     * (the error was caught inside the block and the block rolled back at its end).
     */
    static boolean isConflict(RuntimeException e) {
        return e instanceof TransactionConflict
                || e instanceof TransactionError && e.getCause() instanceof TransactionConflict;
    }

    /**
     * Waits before the next attempt; false (run no more attempts) when the block's deadline would
     * pass during the wait, or the thread is interrupted.
     */
    static boolean backOff(int attempt, TimeLimits.Deadline deadline) {
        long ceiling = Math.min(CAP_MS, BASE_MS << Math.min(attempt, 16));
        long waitMs = ThreadLocalRandom.current().nextLong(ceiling + 1);
        if (deadline != null && deadline.nanos() - System.nanoTime() - waitMs * 1_000_000 <= 0) {
            return false;
        }
        try {
            Thread.sleep(waitMs);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
