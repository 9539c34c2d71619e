package io.aksara.internal;

import io.aksara.spi.Cancellation;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What the statements run by one call may take: the QuerySet's {@code timeout(...)} as a deadline
 * for the whole call, and the cancellation signal of the {@code ...Async} task the call runs in.
 * Both travel in one {@link ScopedValue}, so they reach the backend without passing through every
 * signature, a thread the call did not start does not see them, and a statement looks up one
 * binding for both rather than two (each look-up is a cold line on the real path).
 */
public final class ExecutionScope {
    static final ScopedValue<CallScope> CURRENT = ScopedValue.newInstance();

    private ExecutionScope() {}

    /**
     * The call's deadline ({@code timeout} null: none) and its async task's cancellation signal
     * (null: none). A binding copies what the binding around it set, so an inner one hides neither.
     */
    record CallScope(Duration timeout, long deadlineNanos, String operation, Cancellation cancellation) {}

    /** Runs one QuerySet call whose statements must all finish within {@code timeout}; null means no limit. */
    public static <R> R withTimeout(Duration timeout, String operation, Supplier<R> work) {
        if (timeout == null) {
            return work.get();
        }
        CallScope outer = current();
        CallScope d = new CallScope(timeout, System.nanoTime() + timeout.toNanos(), operation,
                outer == null ? null : outer.cancellation());
        return ScopedValue.where(CURRENT, d).call(work::get);
    }

    /** Runs an async task's work with its cancellation signal visible to the statements it runs. */
    static <R> R cancellable(Cancellation signal, Supplier<R> work) {
        CallScope outer = current();
        CallScope s = outer == null ? new CallScope(null, 0, null, signal)
                : new CallScope(outer.timeout(), outer.deadlineNanos(), outer.operation(), signal);
        return ScopedValue.where(CURRENT, s).call(work::get);
    }

    /** The call's deadline, or null when it has no {@code timeout(...)}. */
    static CallScope query() {
        CallScope s = current();
        return s == null || s.timeout() == null ? null : s;
    }

    public static Cancellation cancellation() {
        CallScope s = current();
        return s == null ? null : s.cancellation();
    }

    private static CallScope current() {
        return CURRENT.isBound() ? CURRENT.get() : null;
    }
}
