package io.aksara.spi;

/**
 * One database transaction on one connection, opened by {@link Backend#begin}. The API drives it
 * (savepoints for nested blocks, commit or rollback at the end, then {@link #close()}); the
 * backend runs every statement of the block on its connection, which it finds with
 * {@link TransactionContext#handle(String)}. Only the thread that began it uses it.
 */
public interface TransactionHandle {
    /** Sets a savepoint; returns the backend's token for it. */
    Object savepoint();

    /** Undoes everything since the savepoint; the transaction goes on. */
    void rollbackTo(Object savepoint);

    /** Forgets the savepoint; its work stays part of the transaction. */
    void release(Object savepoint);

    void commit();

    void rollback();

    /**
     * Gives the connection back; called once, after {@link #commit()} or {@link #rollback()}. It
     * must not throw: it runs while another exception may be on its way out of the block.
     */
    void close();

    /**
     * Runs the block's {@code onCommit} hooks once its work is really committed. By default that
     * is now: the block's commit was the transaction's. A handle that joined an application's
     * transaction (Spring's, jOOQ's) passes them on to run after that transaction commits.
     */
    default void whenCommitted(Runnable hooks) {
        hooks.run();
    }
}
