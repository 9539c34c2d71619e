package io.aksara.routing;

import java.util.concurrent.Callable;

/**
 * The unit of work (a web request, a job) whose reads must see its own writes: after a write
 * through a {@link PrimaryReplicaRouter}, reads in the same scope go to the primary for the
 * router's read-your-writes window. The scope travels in a {@link ScopedValue}, so it covers the
 * code the block calls on this thread and on threads of a {@code StructuredTaskScope} opened
 * inside it, and ends with the block.
 *
 * <pre>{@code
 * WriteScope.run(() -> {                       // e.g. around one HTTP request
 *     order.save();                            // to the primary
 *     Order.objects.get("pk", order.id);       // also the primary: this scope just wrote
 * });
 * }</pre>
 *
 * <p>Outside any scope, the router keeps one process-wide scope: a write anywhere sends every
 * read to the primary for the window. That is always correct, but it lets few reads reach the
 * replicas in a busy application; bind a scope per request to keep writers and readers apart.
 */
public final class WriteScope {
    static final ScopedValue<WriteClock> CURRENT = ScopedValue.newInstance();

    private WriteScope() {}

    /** Runs {@code work} in a new scope (nested scopes are new scopes too). */
    public static void run(Runnable work) {
        ScopedValue.where(CURRENT, new WriteClock()).run(work);
    }

    /** Runs {@code work} in a new scope and returns its result. */
    public static <T> T call(Callable<T> work) throws Exception {
        return ScopedValue.where(CURRENT, new WriteClock()).call(work::call);
    }

    /** Whether this thread is in a scope. */
    public static boolean isBound() {
        return CURRENT.isBound();
    }

    /** When the scope last wrote, for one router's window. */
    static final class WriteClock {
        private volatile long lastWriteNanos;
        private volatile boolean wrote;

        void wrote() {
            lastWriteNanos = System.nanoTime();
            wrote = true;
        }

        boolean wroteWithin(long windowNanos) {
            return wrote && System.nanoTime() - lastWriteNanos < windowNanos;
        }
    }
}
