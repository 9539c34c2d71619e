package io.aksara.jooq.internal;

import io.aksara.spi.AmbientTransaction;
import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jooq.ConnectionProvider;
import org.jooq.Readonly;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * Follows the {@code dsl.transaction(...)} blocks of an application's jOOQ configuration, so
 * Aksara calls inside one run on its connection. jOOQ tells a listener when a transaction begins
 * and ends but gives it no scope to run code in, so the open transactions of a thread are kept
 * in a ThreadLocal, as jOOQ's own ThreadLocalTransactionProvider does; each entry lives exactly
 * from begin to commit or rollback.
 */
public final class JooqTransactions implements TransactionListener {
    private final ThreadLocal<Deque<Frame>> open = ThreadLocal.withInitial(ArrayDeque::new);

    /** The innermost jOOQ transaction of this thread, or null. */
    public AmbientTransaction current() {
        Deque<Frame> frames = open.get();
        return frames.isEmpty() ? null : frames.peek();
    }

    @Override
    public void beginEnd(TransactionContext ctx) {
        Deque<Frame> frames = open.get();
        boolean readOnly = ctx.properties().contains(Readonly.READONLY) || (!frames.isEmpty() && frames.peek().readOnly);
        // inside the transaction the derived configuration's provider hands out the transaction's connection
        frames.push(new Frame(ctx, ctx.configuration().connectionProvider(), readOnly));
    }

    @Override
    public void commitEnd(TransactionContext ctx) {
        Frame done = popIfTop(ctx);
        if (done == null) {
            return;
        }
        Frame parent = open.get().peek();
        if (parent != null) {
            parent.hooks.addAll(done.hooks); // a released savepoint: its work waits for the outer commit
            return;
        }
        open.remove();
        done.hooks.forEach(Runnable::run);
    }

    @Override
    public void rollbackEnd(TransactionContext ctx) {
        popIfTop(ctx); // the hooks of rolled-back work are dropped
        if (open.get().isEmpty()) {
            open.remove();
        }
    }

    private Frame popIfTop(TransactionContext ctx) {
        Deque<Frame> frames = open.get();
        if (!frames.isEmpty() && frames.peek().context == ctx) {
            return frames.pop();
        }
        return null;
    }

    /** One open jOOQ transaction (or savepoint) of the thread. */
    private static final class Frame implements AmbientTransaction {
        final TransactionContext context;
        final ConnectionProvider provider;
        final boolean readOnly;
        final List<Runnable> hooks = new ArrayList<>();

        Frame(TransactionContext context, ConnectionProvider provider, boolean readOnly) {
            this.context = context;
            this.provider = provider;
            this.readOnly = readOnly;
        }

        @Override
        public Connection acquire() {
            return provider.acquire();
        }

        @Override
        public void release(Connection connection) {
            provider.release(connection);
        }

        @Override
        public boolean readOnly() {
            return readOnly;
        }

        @Override
        public void afterCommit(Runnable hook) {
            hooks.add(hook);
        }

        @Override
        public String describe() {
            return "a jOOQ transaction (dsl.transaction)";
        }
    }
}
