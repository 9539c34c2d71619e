package io.aksara;

import io.aksara.internal.Atomic;
import io.aksara.internal.TransactionScope;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Transactions, as Django's {@code transaction.atomic}. Outside an atomic block every statement
 * commits on its own. The outermost block on a database takes one pooled connection, begins a
 * transaction and commits it when the block returns; a block nested inside it is a savepoint.
 *
 * <pre>{@code
 * Transaction.atomic(() -> {
 *     Order order = Order.objects.create("customer", alice, "total", 40);
 *     Transaction.atomic(() -> {                      // a savepoint
 *         Coupon.objects.create("order", order, "code", "WELCOME");
 *     });
 *     Transaction.onCommit(() -> mailer.sendConfirmation(order));   // only once it is committed
 * });
 *
 * Product p = Transaction.atomic(() -> {            // the Supplier form returns a value
 *     Product row = Product.objects.selectForUpdate().get("pk", id);
 *     row.stock -= 1;
 *     row.save();
 *     return row;
 * });
 * }</pre>
 *
 * <ul>
 *   <li>Anything thrown out of a block rolls back that block only (to its savepoint) and is rethrown
 *       unchanged: catch it outside the nested block and the outer block carries on. Aksara never
 *       wraps it; a {@code Runnable} or {@code Supplier} cannot throw checked exceptions, so wrap
 *       those yourself (e.g. in {@code UncheckedIOException}) and the block still rolls back.</li>
 *   <li>If a statement fails inside a block and the error is caught inside that same block, the block
 *       is broken: further statements in it throw {@link io.aksara.errors.TransactionError}, and it
 *       rolls back and throws when it ends. (PostgreSQL refuses to go on after a failure too; the
 *       rule makes every database behave alike.)</li>
 *   <li>The {@code ...Async} methods throw {@link io.aksara.errors.TransactionError} inside a block:
 *       they would run on another thread and connection, outside the transaction.</li>
 *   <li>The current block travels in a {@link ScopedValue}: statements on this thread see it,
 *       other threads do not. A block on one database does not affect queries on another.</li>
 * </ul>
 */
public final class Transaction {
    private Transaction() {}

    /** Runs the work in an atomic block on the default database. */
    public static void atomic(Runnable work) {
        TransactionOptions.defaults().atomic(work);
    }

    /** Runs the work in an atomic block on the default database and returns its result. */
    public static <T> T atomic(Supplier<T> work) {
        return TransactionOptions.defaults().atomic(work);
    }

    /**
     * Options for a block on another configured database.
     *
     * <pre>{@code Transaction.using("reports").atomic(() -> ...); }</pre>
     */
    public static TransactionOptions using(String alias) {
        return TransactionOptions.defaults().using(alias);
    }

    /**
     * Options for a block that must be outermost.
     *
     * <pre>{@code Transaction.durable().atomic(() -> ledger.save()); }</pre>
     */
    public static TransactionOptions durable() {
        return TransactionOptions.defaults().durable();
    }

    /**
     * Options for a block with an isolation level (outermost blocks only).
     *
     * <pre>{@code Transaction.isolation(Isolation.SERIALIZABLE).atomic(() -> ...); }</pre>
     */
    public static TransactionOptions isolation(Isolation level) {
        return TransactionOptions.defaults().isolation(level);
    }

    /**
     * Options for a block with a deadline: see {@link TransactionOptions#timeout(Duration)}.
     *
     * <pre>{@code Transaction.timeout(Duration.ofSeconds(5)).atomic(() -> ...); }</pre>
     */
    public static TransactionOptions timeout(Duration limit) {
        return TransactionOptions.defaults().timeout(limit);
    }

    /**
     * Options for an outermost block that is run again after a deadlock or serialization
     * failure: see {@link TransactionOptions#retries(int)}.
     *
     * <pre>{@code Transaction.retries(3).atomic(() -> transfer(from, to, amount)); }</pre>
     */
    public static TransactionOptions retries(int times) {
        return TransactionOptions.defaults().retries(times);
    }

    /**
     * Runs the hook after the outermost block on the default database commits; hooks run in the
     * order they were added, after the connection is back in the pool. A hook is dropped when the
     * block that added it (or one around it) rolls back. Outside atomic it runs at once.
     *
     * <pre>{@code Transaction.onCommit(() -> cache.evict(product.id)); }</pre>
     */
    public static void onCommit(Runnable hook) {
        onCommit(Aksara.DEFAULT, hook);
    }

    /** {@link #onCommit(Runnable)} for the block on another database. */
    public static void onCommit(String alias, Runnable hook) {
        Atomic.onCommit(alias, hook);
    }

    /**
     * Marks the innermost block on the default database to roll back when it ends, without an
     * exception ({@code false} clears the mark). The block's work still returns normally.
     *
     * <pre>{@code
     * Transaction.atomic(() -> {
     *     importer.run();
     *     if (dryRun) Transaction.setRollback(true);
     * });
     * }</pre>
     *
     * @throws io.aksara.errors.TransactionError outside an atomic block
     */
    public static void setRollback(boolean rollback) {
        setRollback(Aksara.DEFAULT, rollback);
    }

    /** {@link #setRollback(boolean)} for the block on another database. */
    public static void setRollback(String alias, boolean rollback) {
        Atomic.setRollback(alias, rollback);
    }

    /** Whether the innermost block on the default database is marked to roll back. */
    public static boolean isMarkedForRollback() {
        return isMarkedForRollback(Aksara.DEFAULT);
    }

    /** Whether the innermost block on the database {@code alias} is marked to roll back. */
    public static boolean isMarkedForRollback(String alias) {
        return Atomic.rollbackMarked(alias);
    }

    /** Whether this thread is inside an atomic block on the default database. */
    public static boolean isActive() {
        return isActive(Aksara.DEFAULT);
    }

    /** Whether this thread is inside an atomic block on the database {@code alias}. */
    public static boolean isActive(String alias) {
        return TransactionScope.innermost(alias) != null;
    }
}
