package io.aksara.internal;

import io.aksara.Aksara;
import io.aksara.errors.TransactionError;
import io.aksara.spi.TransactionHandle;

/**
 * The atomic blocks the current thread is in. They travel in a {@link ScopedValue} (no
 * ThreadLocal): a binding lives exactly as long as its block, is invisible to other threads, and
 * costs nothing to look up when unbound. The value is the innermost block; each block links to
 * the one it is nested in, whatever its database, so one chain serves every alias.
 */
public final class TransactionScope {
    static final ScopedValue<AtomicBlock> CURRENT = ScopedValue.newInstance();

    private TransactionScope() {}

    /** The innermost block on the thread, any database, or null. */
    static AtomicBlock current() {
        return CURRENT.isBound() ? CURRENT.get() : null;
    }

    /** The innermost block on this database, or null when the thread is in none. */
    public static AtomicBlock innermost(String alias) {
        if (!CURRENT.isBound()) {
            return null;
        }
        for (AtomicBlock b = CURRENT.get(); b != null; b = b.parent) {
            if (b.alias.equals(alias)) {
                b.requireOwner();
                return b;
            }
        }
        return null;
    }

    /** The transaction a statement on this database must join, or null for a pooled connection. */
    public static TransactionHandle handleForStatement(String alias) {
        AtomicBlock b = innermost(alias);
        if (b == null) {
            return null;
        }
        b.requireUsable();
        return b.handle;
    }

    /** A statement failed inside the innermost block on this database (if any). */
    public static void statementFailed(String alias, RuntimeException error) {
        AtomicBlock b = innermost(alias);
        if (b != null) {
            b.fail(error);
        }
    }

    /**
     * The {@code ...Async} twins run on a new virtual thread, which does not see the caller's
     * block: its statement would use another connection, would not see the block's uncommitted
     * rows, and could wait forever for a row lock the block itself holds. So they are refused, and so
     * they are inside a transaction the application holds on an Aksara database (Spring's, jOOQ's),
     * which is bound to this thread only.
     */
    public static void refuseAsync() {
        if (CURRENT.isBound()) {
            throw new TransactionError(asyncCaller() + " was called inside Transaction.atomic on database '" + CURRENT.get().alias
                    + "'. It runs on another virtual thread and connection, outside this transaction: it would not see"
                    + " the block's uncommitted rows and could wait forever for the block's own row locks. Call the"
                    + " blocking method inside atomic (blocking is cheap on a virtual thread).");
        }
        for (String alias : Aksara.openAliases()) {
            String transaction = Aksara.backend(alias).applicationTransaction();
            if (transaction != null) {
                throw new TransactionError(asyncCaller() + " was called inside " + transaction + " on database '" + alias
                        + "'. It runs on another virtual thread, where that transaction is not bound: it would take a"
                        + " connection of its own, not see the transaction's uncommitted rows, and commit its writes"
                        + " even if the transaction rolls back. Call the blocking method instead (blocking is cheap on a"
                        + " virtual thread), or start the async work after the transaction ends.");
            }
        }
    }

    /** The public method that asked for async work, e.g. {@code QuerySet.fetchAsync()}. */
    private static String asyncCaller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().startsWith("io.aksara.internal."))
                .filter(f -> !f.getMethodName().startsWith("lambda$"))
                .findFirst()
                .map(f -> simpleName(f.getClassName()) + "." + f.getMethodName() + "()")
                .orElse("An ...Async method"));
    }

    private static String simpleName(String className) {
        String name = className.substring(className.lastIndexOf('.') + 1);
        // QuerySet's methods live in the interfaces that group them (QuerySetReading, ...); users call them on QuerySet
        return className.startsWith("io.aksara.QuerySet") ? "QuerySet" : name;
    }
}
