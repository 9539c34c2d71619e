package io.aksara.jooq.internal;

import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A fair queue in front of a pool: at most {@code permits} callers hold a connection of the pool
 * at once, and the others wait here in arrival order (a {@link Semaphore} in fair mode: one park
 * and one unpark per waiter) instead of in HikariCP's hand-off, which is not FIFO and makes the
 * returning thread spin while waiters exist. Waiters park without a timeout; one watcher per gate
 * enforces their deadlines ({@link WaitDeadlines}). With as many permits as connections the pool itself
 * never has waiters, so it behaves as it does with as many platform threads as connections.
 *
 * <p>A permit is per thread and counted: a thread that already holds one (a streaming cursor open,
 * a statement while it iterates one) takes its next connection straight from the pool instead of
 * queueing behind others for a permit it cannot get while it holds its own. The permit goes back
 * when the thread's last lease on this pool ends.
 *
 * <pre>{@code
 * AdmissionGate gate = new AdmissionGate(5, "aksara-default", () -> "total=5, active=5, idle=0, waiting=0");
 * gate.enter(30_000);                 // waits in line, at most 30 s (SQLTransientConnectionException)
 * try { ... pool.getConnection() ... } finally { gate.leave(); }
 * }</pre>
 */
public final class AdmissionGate {
    private final Semaphore permits;
    private final int size;
    private final String poolName;
    /** The pool's own counts for the timeout message, as HikariCP words them. */
    private final Supplier<String> poolState;
    /** How many leases on this pool the thread holds; only the first takes a permit. */
    private final ThreadLocal<Leases> held = ThreadLocal.withInitial(Leases::new);
    /** The waiters' deadlines: they wait without a timeout of their own. */
    private final WaitDeadlines deadlines;

    public AdmissionGate(int permits, String poolName, Supplier<String> poolState) {
        if (permits < 1) { // no permit would make every caller wait out its timeout
            throw new IllegalArgumentException("A fair queue admits at least 1 caller at once, got " + permits);
        }
        this.permits = new Semaphore(permits, true);
        this.size = permits;
        this.poolName = poolName;
        this.poolState = poolState;
        this.deadlines = new WaitDeadlines(poolName);
    }

    /**
     * Takes this thread's permit, waiting in line at most {@code timeoutMs}; a thread that holds
     * one already passes at once. Fails as HikariCP does when no connection comes in time, so the
     * caller sees the pool's usual "Connection is not available" error.
     */
    public Leases enter(long timeoutMs) throws SQLTransientConnectionException {
        Leases count = held.get();
        if (count.open > 0) {
            count.open++;
            return count;
        }
        boolean admitted;
        try {
            // a free permit with nobody in line: in at once; else wait in line without a timed park (see WaitDeadlines)
            admitted = permits.tryAcquire(0, TimeUnit.NANOSECONDS) || timeoutMs > 0 && awaitInLine(timeoutMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException(poolName + " - Interrupted while waiting for a connection", e);
        }
        if (!admitted) {
            throw new SQLTransientConnectionException(poolName + " - Connection is not available, request timed out after "
                    + timeoutMs + "ms (" + poolState.get() + "; fair queue: " + size + " admitted, " + permits.getQueueLength()
                    + " waiting)");
        }
        count.open = 1;
        return count;
    }

    /** Waits for a permit in arrival order; false when {@code timeoutMs} passed first. */
    private boolean awaitInLine(long timeoutMs) throws InterruptedException {
        WaitDeadlines.Wait wait = deadlines.start(timeoutMs);
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            if (wait.expired()) {
                return false;
            }
            throw e; // the application's interrupt
        } finally {
            deadlines.end(wait);
        }
        wait.finish(); // admitted, even when the deadline passed at the same moment
        return true;
    }

    /**
     * Gives back what {@link #enter} took: the permit when this was the thread's last lease. A
     * lease is ended on the thread that opened it (statements, blocks and cursors are), which is
     * what the per-thread count relies on; a stream closed on another thread that holds no lease
     * still gives its permit back, and its owner then merely skips the queue afterwards.
     */
    public void leave() {
        leave(held.get());
    }

    /** This thread's count of open leases, for {@link #leave(Leases)}. */
    Leases thisThread() {
        return held.get();
    }

    /**
     * As {@link #leave()}, with the count {@link #enter} returned, so a lease reads the thread's
     * count once rather than twice; on another thread than the one that entered, that thread's own
     * count is read, as {@link #leave()} reads it.
     */
    public void leave(Leases entered) {
        Leases count = entered.owner == Thread.currentThread() ? entered : held.get();
        if (count.open > 1) {
            count.open--;
            return;
        }
        count.open = 0;
        permits.release();
    }

    /** One thread's open leases on this pool: made once per thread, handed from {@link #enter} to {@link #leave(Leases)}. */
    public static final class Leases {
        private final Thread owner = Thread.currentThread();
        private int open;
    }

    /** Callers waiting in line now (for messages and tests). */
    public int waiting() {
        return permits.getQueueLength();
    }

    /** Permits free now: {@link #size()} when no lease is open. */
    public int available() {
        return permits.availablePermits();
    }

    public int size() {
        return size;
    }
}
