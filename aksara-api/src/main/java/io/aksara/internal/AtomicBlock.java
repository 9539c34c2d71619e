package io.aksara.internal;

import io.aksara.Isolation;
import io.aksara.errors.TransactionError;
import io.aksara.spi.TransactionHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * One open atomic block: its database, where it sits in the nesting, and what has to happen when
 * it ends (roll back? which onCommit hooks survive?). Only the thread that opened it touches it,
 * so its mutable state needs no synchronisation; {@link #requireOwner()} enforces that.
 */
public final class AtomicBlock {
    final String alias;
    /** The block this one is nested in, on any database: the chain the ScopedValue holds. */
    final AtomicBlock parent;
    /** The block this one is nested in on the same database; null for the outermost block. */
    final AtomicBlock enclosing;
    final TransactionHandle handle;
    /** The level the outermost block asked for; null means the database's default. */
    final Isolation isolation;
    /** Null for the outermost block, which has a transaction rather than a savepoint. */
    final Object savepoint;
    /** When the block (and so every statement in it) must be done; null for no limit. */
    final TimeLimits.Deadline deadline;
    private final Thread owner = Thread.currentThread();

    private boolean rollbackMarked;
    private RuntimeException failure;
    private final List<Runnable> hooks = new ArrayList<>(0);

    private AtomicBlock(String alias, AtomicBlock parent, AtomicBlock enclosing, TransactionHandle handle,
            Isolation isolation, Object savepoint, TimeLimits.Deadline deadline) {
        this.alias = alias;
        this.parent = parent;
        this.enclosing = enclosing;
        this.handle = handle;
        this.isolation = isolation;
        this.savepoint = savepoint;
        this.deadline = deadline;
    }

    static AtomicBlock outermost(String alias, AtomicBlock parent, TransactionHandle handle, Isolation isolation,
            TimeLimits.Deadline deadline) {
        return new AtomicBlock(alias, parent, null, handle, isolation, null, deadline);
    }

    /** A nested block keeps the enclosing block's deadline unless its own comes sooner. */
    static AtomicBlock nested(AtomicBlock enclosing, AtomicBlock parent, Object savepoint, TimeLimits.Deadline own) {
        return new AtomicBlock(enclosing.alias, parent, enclosing, enclosing.handle, enclosing.isolation, savepoint,
                TimeLimits.Deadline.earlier(enclosing.deadline, own));
    }

    /** The transaction of the outermost block on this database, shared by the blocks nested in it. */
    public TransactionHandle handle() {
        return handle;
    }

    void markRollback(boolean flag) {
        rollbackMarked = flag;
    }

    boolean rollbackMarked() {
        return rollbackMarked;
    }

    /** Remembers the first failed statement: on PostgreSQL it has aborted the transaction, so nothing more may run. */
    void fail(RuntimeException error) {
        if (failure == null) {
            failure = error;
        }
    }

    RuntimeException failure() {
        return failure;
    }

    void addHook(Runnable hook) {
        hooks.add(hook);
    }

    /** A nested block ended well: its hooks now wait for the enclosing block, after the ones already there. */
    void adoptHooks(AtomicBlock nested) {
        hooks.addAll(nested.hooks);
    }

    List<Runnable> hooks() {
        return hooks;
    }

    /** Statements may run in this block only while nothing has failed in it. */
    void requireUsable() {
        if (failure != null) {
            throw new TransactionError("A statement already failed in this atomic block on database '" + alias
                    + "' (" + failure.getMessage() + "), so no more statements can run in it; the block rolls back"
                    + " when it ends. To carry on after a failure you expect, run the statement that may fail in a"
                    + " nested Transaction.atomic(...) and catch the error outside that nested block.", failure);
        }
    }

    /** A JDBC connection serves one thread at a time; a subtask forked inside atomic must not share it. */
    void requireOwner() {
        if (owner != Thread.currentThread()) {
            throw new TransactionError("The atomic block on database '" + alias + "' belongs to thread '"
                    + owner.getName() + "'; thread '" + Thread.currentThread().getName() + "' cannot use its"
                    + " connection. Run the work on the block's own thread, or open a Transaction.atomic in the other thread.");
        }
    }
}
