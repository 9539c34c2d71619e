package io.aksara.internal;

import io.aksara.spi.Cancellation;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What the statements run by one call may take: the QuerySet's {@code timeout(...)} as a deadline
 * for the whole call, and the cancellation signal of the {@code ...Async} task the call runs in.
 * Both travel in {@link ScopedValue}s, so they reach the backend without passing through every
 * signature, and a thread the call did not start does not see them.
 */
public final class ExecutionScope {
    static final ScopedValue<QueryDeadline> QUERY = ScopedValue.newInstance();
    static final ScopedValue<Cancellation> CANCELLATION = ScopedValue.newInstance();

    private ExecutionScope() {}

    /** A QuerySet call's deadline: {@code timeout} from when the call started. */
    record QueryDeadline(Duration timeout, long deadlineNanos, String operation) {}

    /** Runs one QuerySet call whose statements must all finish within {@code timeout}; null means no limit. */
    public static <R> R withTimeout(Duration timeout, String operation, Supplier<R> work) {
        if (timeout == null) {
            return work.get();
        }
        QueryDeadline d = new QueryDeadline(timeout, System.nanoTime() + timeout.toNanos(), operation);
        return ScopedValue.where(QUERY, d).call(work::get);
    }

    /** Runs an async task's work with its cancellation signal visible to the statements it runs. */
    static <R> R cancellable(Cancellation signal, Supplier<R> work) {
        return ScopedValue.where(CANCELLATION, signal).call(work::get);
    }

    static QueryDeadline query() {
        return QUERY.isBound() ? QUERY.get() : null;
    }

    public static Cancellation cancellation() {
        return CANCELLATION.isBound() ? CANCELLATION.get() : null;
    }
}
