package io.aksara.internal;

import io.aksara.Aksara;
import io.aksara.Isolation;
import io.aksara.errors.QueryTimeout;
import io.aksara.errors.TransactionConflict;
import io.aksara.errors.TransactionError;
import io.aksara.spi.TransactionHandle;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs atomic blocks with Django's semantics. The outermost block on a database begins a
 * transaction on one connection and commits it; a nested block is a savepoint. Whatever is thrown
 * out of a block rolls that block back (to its savepoint) and is rethrown unchanged. onCommit
 * hooks run after the outermost commit, once the connection is back in the pool.
 */
public final class Atomic {
    private Atomic() {}

    /** Runs {@code work} in an atomic block on the database {@code alias}. */
    public static <T> T run(String alias, boolean durable, Isolation isolation, Supplier<T> work) {
        return run(alias, durable, isolation, null, 0, work);
    }

    /**
     * Runs {@code work} in an atomic block on the database {@code alias}, done within
     * {@code timeout} (null: no limit) and, when outermost, run again up to {@code retries} times
     * after a {@link TransactionConflict}.
     */
    public static <T> T run(String alias, boolean durable, Isolation isolation, Duration timeout, int retries,
            Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        AtomicBlock enclosing = TransactionScope.innermost(alias);
        TimeLimits.Deadline deadline = TimeLimits.Deadline.after(timeout);
        if (enclosing != null) {
            if (retries > 0) {
                throw new TransactionError("retries(" + retries + ") was asked for on an atomic block nested inside"
                        + " another on database '" + alias + "'. After a deadlock or serialization failure the database"
                        + " has rolled back the whole transaction, so only the outermost block can run again: set"
                        + " retries on the outermost Transaction" + usingPart(alias) + ".atomic(...)");
            }
            return nested(enclosing, durable, isolation, deadline, work);
        }
        for (int attempt = 0; ; attempt++) {
            try {
                return outermost(alias, isolation, deadline, work);
            } catch (RuntimeException e) {
                if (attempt >= retries || !Retries.isConflict(e) || !Retries.backOff(attempt, deadline)) {
                    throw e;
                }
            }
        }
    }

    /** Registers a hook for after the outermost commit; outside atomic it runs at once, as in Django. */
    public static void onCommit(String alias, Runnable hook) {
        Objects.requireNonNull(hook, "hook");
        AtomicBlock block = TransactionScope.innermost(alias);
        if (block == null) {
            // inside a transaction the application opened (a @Transactional method), its commit is the one to wait for
            if (!Aksara.backend(alias).runAfterApplicationCommit(hook)) {
                hook.run();
            }
        } else {
            block.addHook(hook);
        }
    }

    public static void setRollback(String alias, boolean rollback) {
        requireBlock(alias, "setRollback()").markRollback(rollback);
    }

    public static boolean rollbackMarked(String alias) {
        return requireBlock(alias, "isMarkedForRollback()").rollbackMarked();
    }

    private static AtomicBlock requireBlock(String alias, String what) {
        AtomicBlock block = TransactionScope.innermost(alias);
        if (block == null) {
            throw new TransactionError("Transaction." + what + " needs an atomic block on database '" + alias
                    + "', and this thread is in none; call it inside Transaction" + usingPart(alias) + ".atomic(...)");
        }
        return block;
    }

    private static <T> T outermost(String alias, Isolation isolation, TimeLimits.Deadline deadline, Supplier<T> work) {
        if (deadline != null && deadline.passed()) {
            throw blockTimedOut(alias, deadline, "before it could begin");
        }
        TransactionHandle handle = Aksara.backend(alias).begin(isolation);
        AtomicBlock block = AtomicBlock.outermost(alias, TransactionScope.current(), handle, isolation, deadline);
        T result;
        List<Runnable> hooks;
        try {
            try {
                result = ScopedValue.where(TransactionScope.CURRENT, block).call(work::get);
            } catch (Throwable t) {
                rollbackQuietly(handle, t);
                throw t;
            }
            hooks = finishOutermost(block);
        } finally {
            handle.close();
        }
        if (!hooks.isEmpty()) {
            handle.whenCommitted(() -> runHooks(hooks));
        }
        return result;
    }

    /** Commits, or rolls back when the block was marked or broken; returns the hooks to run. */
    private static List<Runnable> finishOutermost(AtomicBlock block) {
        if (block.failure() != null) {
            block.handle.rollback();
            throw brokenBlock(block);
        }
        if (block.rollbackMarked()) {
            block.handle.rollback();
            return List.of();
        }
        if (block.deadline != null && block.deadline.passed()) {
            block.handle.rollback();
            throw blockTimedOut(block.alias, block.deadline, "and was rolled back instead of committed");
        }
        try {
            block.handle.commit();
        } catch (RuntimeException e) {
            rollbackQuietly(block.handle, e);
            throw e;
        }
        return block.hooks();
    }

    private static <T> T nested(AtomicBlock enclosing, boolean durable, Isolation isolation, TimeLimits.Deadline deadline,
            Supplier<T> work) {
        if (durable) {
            throw new TransactionError("A durable atomic block cannot be nested inside another atomic block on database '"
                    + enclosing.alias + "': durable() promises the block's writes are committed when it returns,"
                    + " and the enclosing block could still roll them back");
        }
        if (isolation != null && isolation != enclosing.isolation) {
            throw new TransactionError("Isolation " + isolation + " was asked for on an atomic block nested inside"
                    + " another on database '" + enclosing.alias + "', which runs at "
                    + (enclosing.isolation == null ? "the database's default level" : enclosing.isolation)
                    + ". The level is fixed when the transaction begins: set it on the outermost block.");
        }
        enclosing.requireUsable();
        Object savepoint;
        try {
            savepoint = enclosing.handle.savepoint();
        } catch (RuntimeException e) {
            enclosing.fail(e);
            throw e;
        }
        AtomicBlock block = AtomicBlock.nested(enclosing, TransactionScope.current(), savepoint, deadline);
        T result;
        try {
            result = ScopedValue.where(TransactionScope.CURRENT, block).call(work::get);
        } catch (Throwable t) {
            rollbackToSavepoint(block, t);
            throw t;
        }
        if (block.failure() != null) {
            rollbackToSavepoint(block, null);
            throw brokenBlock(block);
        }
        if (block.rollbackMarked()) {
            rollbackToSavepoint(block, null);
            return result;
        }
        if (block.deadline != null && block.deadline.passed()) {
            rollbackToSavepoint(block, null);
            throw blockTimedOut(block.alias, block.deadline, "and was rolled back to its savepoint");
        }
        try {
            enclosing.handle.release(savepoint);
        } catch (RuntimeException e) {
            enclosing.fail(e);
            throw e;
        }
        enclosing.adoptHooks(block);
        return result;
    }

    /**
     * Undoes a nested block. If even that fails (MySQL drops every savepoint when it rolls back a
     * deadlocked transaction), the enclosing block can no longer be trusted either.
     */
    private static void rollbackToSavepoint(AtomicBlock block, Throwable primary) {
        try {
            block.handle.rollbackTo(block.savepoint);
        } catch (RuntimeException e) {
            block.enclosing.fail(e);
            if (primary == null) {
                throw e;
            }
            primary.addSuppressed(e);
        }
    }

    private static void rollbackQuietly(TransactionHandle handle, Throwable primary) {
        try {
            handle.rollback();
        } catch (RuntimeException e) {
            primary.addSuppressed(e);
        }
    }

    private static QueryTimeout blockTimedOut(String alias, TimeLimits.Deadline deadline, String what) {
        return new QueryTimeout("Timed out: the atomic block on database '" + alias + "' did not finish within its timeout("
                + TimeLimits.format(deadline.timeout()) + ") " + what, deadline.timeout(), null, null);
    }

    private static TransactionError brokenBlock(AtomicBlock block) {
        RuntimeException f = block.failure();
        return new TransactionError("The atomic block on database '" + block.alias + "' was rolled back: a statement"
                + " in it failed (" + f.getMessage() + ") and the error was caught inside the block. Let the error"
                + " leave the block, or run the statement that may fail in a nested Transaction.atomic(...) and"
                + " catch the error outside that nested block.", f);
    }

    /**
     * Every hook runs, in order, even when an earlier one throws: they are independent follow-ups
     * (a mail, a cache eviction) to a commit that has already happened. The first failure is
     * rethrown afterwards, with any later ones attached as suppressed.
     */
    private static void runHooks(List<Runnable> hooks) {
        RuntimeException first = null;
        for (Runnable hook : hooks) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static String usingPart(String alias) {
        return alias.equals(Aksara.DEFAULT) ? "" : ".using(\"" + alias + "\")";
    }
}
