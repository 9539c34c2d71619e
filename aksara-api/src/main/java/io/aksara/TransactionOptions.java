package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.internal.Atomic;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An atomic block with options: which database, whether it must be outermost, which isolation
 * level. Immutable; start one from {@link Transaction}.
 *
 * <pre>{@code
 * Transaction.using("reports").atomic(() -> Report.objects.create("name", "daily"));
 * Transaction.durable().atomic(() -> payment.save());            // must not be nested
 * Order o = Transaction.isolation(Isolation.SERIALIZABLE).atomic(() -> placeOrder(cart));
 * Transaction.timeout(Duration.ofSeconds(5)).retries(3).atomic(() -> transfer(a, b, 10));
 * }</pre>
 */
public final class TransactionOptions {
    private final String alias;
    private final boolean durable;
    private final Isolation isolation;
    private final Duration timeout;
    private final int retries;

    private TransactionOptions(String alias, boolean durable, Isolation isolation, Duration timeout, int retries) {
        this.alias = alias;
        this.durable = durable;
        this.isolation = isolation;
        this.timeout = timeout;
        this.retries = retries;
    }

    static TransactionOptions defaults() {
        return new TransactionOptions(Aksara.DEFAULT, false, null, null, 0);
    }

    /** The block runs on this configured database instead of {@code default}. */
    public TransactionOptions using(String alias) {
        Objects.requireNonNull(alias, "alias");
        if (alias.isBlank()) {
            throw new AksaraException("A database alias must not be blank");
        }
        return new TransactionOptions(alias, durable, isolation, timeout, retries);
    }

    /**
     * The block must be the outermost one on its database, so its writes are committed when it
     * returns; nesting it inside another atomic block throws {@link io.aksara.errors.TransactionError}.
     */
    public TransactionOptions durable() {
        return new TransactionOptions(alias, true, isolation, timeout, retries);
    }

    /**
     * The transaction's isolation level. It is set when the transaction begins, so only the
     * outermost block can choose it; a nested block may repeat the same level, nothing else.
     */
    public TransactionOptions isolation(Isolation level) {
        Objects.requireNonNull(level, "level");
        return new TransactionOptions(alias, durable, level, timeout, retries);
    }

    /**
     * A deadline for the whole block: every statement in it gets the time that remains (or its
     * own, shorter limit), a statement still running at the deadline is cancelled on the server,
     * and a block that ends after its deadline is rolled back; each throws
     * {@link io.aksara.errors.QueryTimeout}. A nested block keeps the enclosing block's deadline
     * when that comes sooner. With {@link #retries(int)}, the deadline covers every attempt.
     *
     * <pre>{@code Transaction.timeout(Duration.ofSeconds(2)).atomic(() -> report.rebuild()); }</pre>
     */
    public TransactionOptions timeout(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) {
            throw new AksaraException("An atomic block's timeout must be positive, got " + limit);
        }
        return new TransactionOptions(alias, durable, isolation, limit, retries);
    }

    /**
     * Runs the whole block again, up to {@code times} more times, when the database rolls it back
     * because of a concurrent transaction: a deadlock, a serialization failure or a lock wait that
     * timed out ({@link io.aksara.errors.TransactionConflict}; SQL states 40001 and 40P01,
     * MySQL/MariaDB 1213 and 1205). Each new attempt waits a random, growing time first (jittered
     * exponential backoff, at most 500 ms). Only the outermost block can be run again, so asking
     * for retries on a nested block throws {@link io.aksara.errors.TransactionError}. The work
     * must be safe to run more than once: keep side effects out of it, or in
     * {@link Transaction#onCommit(Runnable)} hooks, which run once, after the commit that counts.
     *
     * <pre>{@code Transaction.retries(3).atomic(() -> Account.objects.filter("pk", id).update("balance", F.of("balance").plus(5))); }</pre>
     */
    public TransactionOptions retries(int times) {
        if (times < 0 || times > 100) {
            throw new AksaraException("retries must be between 0 and 100, got " + times);
        }
        return new TransactionOptions(alias, durable, isolation, timeout, times);
    }

    /** Runs the work in an atomic block with these options; see {@link Transaction#atomic(Runnable)}. */
    public void atomic(Runnable work) {
        Objects.requireNonNull(work, "work");
        Atomic.run(alias, durable, isolation, timeout, retries, () -> {
            work.run();
            return null;
        });
    }

    /** Runs the work in an atomic block with these options and returns its result. */
    public <T> T atomic(Supplier<T> work) {
        return Atomic.run(alias, durable, isolation, timeout, retries, work);
    }

    /** The database alias. */
    public String alias() {
        return alias;
    }

    public boolean isDurable() {
        return durable;
    }

    /** The isolation level asked for, or null for the database's default. */
    public Isolation isolation() {
        return isolation;
    }

    /** The block's deadline, or null for none. */
    public Duration timeout() {
        return timeout;
    }

    /** How many times the block is run again after a conflict; 0 by default. */
    public int retries() {
        return retries;
    }

    @Override
    public String toString() {
        return "TransactionOptions[" + alias + (durable ? ", durable" : "") + (isolation == null ? "" : ", " + isolation)
                + (timeout == null ? "" : ", timeout " + timeout) + (retries == 0 ? "" : ", retries " + retries) + "]";
    }
}
