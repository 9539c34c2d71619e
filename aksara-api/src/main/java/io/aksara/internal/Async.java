package io.aksara.internal;

import io.aksara.tenancy.Tenants;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs the {@code ...Async} twins of blocking operations, each on a new virtual thread. Blocking
 * JDBC on a virtual thread costs a parked continuation, not a platform thread, so no pool of
 * platform threads (and no ForkJoinPool) is involved.
 *
 * <p>The future they return stops the work when it is given up: {@code cancel(true)},
 * {@code orTimeout(...)} or completing it from outside cancels the running statement on the
 * server (see {@link CancellableFuture}); the work's atomic block, if it opened one, rolls back.
 *
 * <p>Inside {@code Transaction.atomic} both methods throw {@link io.aksara.errors.TransactionError}
 * before starting anything: the new thread would be outside the block's transaction.
 */
public final class Async {
    private static final ExecutorService VIRTUAL = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("aksara-", 0).factory());

    private Async() {}

    /** Runs the work on a virtual thread; the future completes with its result or exception. */
    public static <T> CompletableFuture<T> supply(Supplier<T> work) {
        TransactionScope.refuseAsync();
        Supplier<T> bound = Tenants.carry(work); // the virtual thread works for the same tenant
        CancellableFuture<T> future = new CancellableFuture<>();
        VIRTUAL.execute(() -> {
            if (future.isDone()) {
                return; // given up before it started
            }
            try {
                future.finish(ExecutionScope.cancellable(future.signal(), bound));
            } catch (Throwable t) {
                future.fail(t);
            }
        });
        return future;
    }

    /** Runs the work on a virtual thread. */
    public static CompletableFuture<Void> run(Runnable work) {
        return supply(() -> {
            work.run();
            return null;
        });
    }
}
