package io.aksara;

import io.aksara.errors.AksaraException;
import io.aksara.internal.Atomic;
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
 * }</pre>
 */
public final class TransactionOptions {
    private final String alias;
    private final boolean durable;
    private final Isolation isolation;

    private TransactionOptions(String alias, boolean durable, Isolation isolation) {
        this.alias = alias;
        this.durable = durable;
        this.isolation = isolation;
    }

    static TransactionOptions defaults() {
        return new TransactionOptions(Aksara.DEFAULT, false, null);
    }

    /** The block runs on this configured database instead of {@code default}. */
    public TransactionOptions using(String alias) {
        Objects.requireNonNull(alias, "alias");
        if (alias.isBlank()) {
            throw new AksaraException("A database alias must not be blank");
        }
        return new TransactionOptions(alias, durable, isolation);
    }

    /**
     * The block must be the outermost one on its database, so its writes are committed when it
     * returns; nesting it inside another atomic block throws {@link io.aksara.errors.TransactionError}.
     */
    public TransactionOptions durable() {
        return new TransactionOptions(alias, true, isolation);
    }

    /**
     * The transaction's isolation level. It is set when the transaction begins, so only the
     * outermost block can choose it; a nested block may repeat the same level, nothing else.
     */
    public TransactionOptions isolation(Isolation level) {
        Objects.requireNonNull(level, "level");
        return new TransactionOptions(alias, durable, level);
    }

    /** Runs the work in an atomic block with these options; see {@link Transaction#atomic(Runnable)}. */
    public void atomic(Runnable work) {
        Objects.requireNonNull(work, "work");
        Atomic.run(alias, durable, isolation, () -> {
            work.run();
            return null;
        });
    }

    /** Runs the work in an atomic block with these options and returns its result. */
    public <T> T atomic(Supplier<T> work) {
        return Atomic.run(alias, durable, isolation, work);
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

    @Override
    public String toString() {
        return "TransactionOptions[" + alias + (durable ? ", durable" : "") + (isolation == null ? "" : ", " + isolation) + "]";
    }
}
