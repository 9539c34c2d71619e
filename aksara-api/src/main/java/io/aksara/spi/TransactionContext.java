package io.aksara.spi;

import io.aksara.internal.TransactionScope;

/**
 * What a backend asks about the {@link io.aksara.Transaction#atomic atomic} block the current
 * thread is in: whose connection a statement must use, and that a statement failed. The blocks
 * travel in a {@link ScopedValue}, so a thread that is not inside the block (an {@code ...Async}
 * task, any other thread) sees none.
 *
 * <pre>{@code
 * TransactionHandle tx = TransactionContext.handle(alias);
 * Connection c = tx != null ? ((MyTransaction) tx).connection() : pool.getConnection();
 * }</pre>
 */
public final class TransactionContext {
    private TransactionContext() {}

    /**
     * The transaction of the innermost atomic block on this database, or null when the thread is
     * in none (the statement then runs on a pooled connection in autocommit).
     *
     * @throws io.aksara.errors.TransactionError when a statement already failed in that block,
     *         or when the block belongs to another thread
     */
    public static TransactionHandle handle(String alias) {
        return TransactionScope.handleForStatement(alias);
    }

    /**
     * The transaction of the innermost atomic block on this database, or null, without checking
     * that it can take statements: for bookkeeping, such as knowing not to close its connection.
     */
    public static TransactionHandle find(String alias) {
        var block = TransactionScope.innermost(alias);
        return block == null ? null : block.handle();
    }

    /**
     * Records that a statement failed inside the current atomic block on this database; the block
     * then refuses further statements and rolls back when it ends. No effect outside atomic.
     */
    public static void statementFailed(String alias, RuntimeException error) {
        TransactionScope.statementFailed(alias, error);
    }

    /** Whether the thread is inside an atomic block on this database. */
    public static boolean isActive(String alias) {
        return TransactionScope.innermost(alias) != null;
    }
}
