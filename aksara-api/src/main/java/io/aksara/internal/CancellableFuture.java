package io.aksara.internal;

import io.aksara.spi.Cancellation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/**
 * The future of an {@code ...Async} call. A plain {@link CompletableFuture} ignores
 * {@code cancel(true)} as far as the running work goes; this one gives up the work too: when it is
 * completed by anyone but the work itself ({@code cancel}, {@code orTimeout}, {@code completeOnTimeout},
 * {@code complete}), it signals the work's {@link Cancellation}, so the statement running at that
 * moment is cancelled on the server and no further statement starts. Stages derived from it
 * ({@code thenApply}, ...) are plain futures: cancel this one to stop the work.
 */
final class CancellableFuture<T> extends CompletableFuture<T> {
    private final Cancellation signal = new Cancellation();
    /** Set by the work's own thread just before it completes the future, so that completion does not cancel. */
    private volatile boolean finishing;

    Cancellation signal() {
        return signal;
    }

    void finish(T value) {
        finishing = true;
        super.complete(value);
    }

    /** Wrapped as {@code supplyAsync} does, so {@code join}, {@code get} and dependent stages see what they always saw. */
    void fail(Throwable error) {
        finishing = true;
        super.completeExceptionally(error instanceof CompletionException ? error : new CompletionException(error));
    }

    @Override
    public boolean complete(T value) {
        boolean done = super.complete(value);
        giveUp(done, "complete(...)");
        return done;
    }

    @Override
    public boolean completeExceptionally(Throwable ex) {
        boolean done = super.completeExceptionally(ex);
        giveUp(done, ex instanceof TimeoutException ? "orTimeout(...)" : "completeExceptionally(...)");
        return done;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean done = super.cancel(mayInterruptIfRunning);
        giveUp(done, "cancel(" + mayInterruptIfRunning + ")");
        return done;
    }

    private void giveUp(boolean completedNow, String how) {
        if (completedNow && !finishing) {
            signal.cancel(how);
        }
    }

    /** Derived stages are plain futures: cancelling one of them must not reach back into this work. */
    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>();
    }
}
