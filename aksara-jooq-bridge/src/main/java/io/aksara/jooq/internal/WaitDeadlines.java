package io.aksara.jooq.internal;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The deadlines of the callers waiting in one {@link AdmissionGate}, watched by one virtual thread
 * that interrupts a caller whose time is up. Callers then wait in the gate's fair semaphore
 * without a timeout of their own: a timed park of a virtual thread schedules (and, when the permit
 * comes first, cancels) a timer in the scheduler's delay queue, whose thread is woken for each
 * one; with every connection busy that is one more thread switch per wait, on the same CPUs as
 * the database (a JFR recording of 64 virtual threads over 5 connections showed ~15,000 wake-ups
 * a second of {@code ForkJoinPool-1-delayScheduler} with the timed wait, none with an untimed
 * one). The watcher sleeps until the oldest deadline, so under steady load it wakes about once
 * per {@code connectionTimeoutMs}; it ends when nobody waits, and the next wait starts a new one.
 *
 * <pre>{@code
 * WaitDeadlines.Wait w = deadlines.start(timeoutMs);
 * try { permits.acquire(); } catch (InterruptedException e) { if (w.expired()) ... timed out ... }
 * w.finish();   // false when the deadline passed at the same moment: the stray interrupt is cleared
 * }</pre>
 */
final class WaitDeadlines {
    private static final int WAITING = 0;
    private static final int DONE = 1;
    /** The watcher claimed the wait and is about to interrupt its thread. */
    private static final int EXPIRING = 2;
    /** The watcher has interrupted the thread. */
    private static final int EXPIRED = 3;

    private final String name;
    private final ConcurrentLinkedQueue<Wait> waits = new ConcurrentLinkedQueue<>();
    /** Whether no watcher runs: the next wait starts one. */
    private final AtomicBoolean idle = new AtomicBoolean(true);
    private volatile Thread watcher;
    /** When the watcher wakes next ({@link System#nanoTime}); a wait due sooner wakes it. */
    private volatile long wakeAt;

    WaitDeadlines(String name) {
        this.name = name;
    }

    /** One caller's wait: its thread and when it must give up. */
    static final class Wait {
        private final Thread thread = Thread.currentThread();
        private final long deadline;
        private final AtomicInteger state = new AtomicInteger(WAITING);

        private Wait(long deadline) {
            this.deadline = deadline;
        }

        /**
         * Ends the wait of a caller that got its permit. False when its deadline passed at that
         * very moment: the watcher's interrupt has then been absorbed here, and the caller keeps the
         * permit it got.
         */
        boolean finish() {
            if (state.compareAndSet(WAITING, DONE)) {
                return true;
            }
            absorbInterrupt();
            return false;
        }

        /**
         * For a caller whose wait was interrupted: whether the watcher did it (its time is up; the
         * interrupt is absorbed) rather than the application (then it is the caller's to keep).
         */
        boolean expired() {
            if (state.compareAndSet(WAITING, DONE)) {
                return false;
            }
            absorbInterrupt();
            return true;
        }

        private void absorbInterrupt() {
            while (state.get() != EXPIRED) {
                Thread.onSpinWait(); // the watcher is between claiming the wait and interrupting
            }
            Thread.interrupted();
        }
    }

    /** Registers the current thread's wait, which must end with {@link Wait#finish} or {@link Wait#expired}. */
    Wait start(long timeoutMs) {
        Wait w = new Wait(System.nanoTime() + timeoutMs * 1_000_000L);
        waits.add(w);
        if (idle.get() && idle.compareAndSet(true, false)) {
            wakeAt = w.deadline;
            Thread t = Thread.ofVirtual().name(name + "-queue-deadlines").unstarted(this::watch);
            watcher = t;
            t.start();
        } else if (w.deadline - wakeAt < 0) { // a shorter timeout than those before it: rare
            Thread t = watcher;
            if (t != null) {
                LockSupport.unpark(t);
            }
        }
        return w;
    }

    /** Forgets a wait that has ended (admitted or given up). */
    void end(Wait w) {
        waits.remove(w);
    }

    private void watch() {
        while (true) {
            long now = System.nanoTime();
            long next = Long.MAX_VALUE;
            for (Wait w : waits) {
                if (w.state.get() != WAITING) {
                    continue;
                }
                if (w.deadline - now <= 0) {
                    if (w.state.compareAndSet(WAITING, EXPIRING)) {
                        w.thread.interrupt();
                        w.state.set(EXPIRED);
                    }
                } else if (next == Long.MAX_VALUE || w.deadline - next < 0) {
                    next = w.deadline;
                }
            }
            if (next != Long.MAX_VALUE) {
                wakeAt = next;
                LockSupport.parkNanos(this, next - now);
            } else {
                idle.set(true);
                if (waits.stream().anyMatch(w -> w.state.get() == WAITING) && idle.compareAndSet(true, false)) {
                    continue; // a wait came in while we looked, and found us still running
                }
                return; // the next wait starts a new watcher
            }
        }
    }
}
