package io.aksara.jooq.observe;

/**
 * Told about every statement Aksara runs (queries, writes, batches, streams, EXPLAIN): when it
 * starts, and when it ends with its row count or its error. Transaction control (BEGIN, COMMIT,
 * savepoints) is not a statement here. Register one with {@link StatementObservers#register}; the
 * Micrometer integration ({@code aksara-micrometer}) and {@link SlowQueryLog} are observers.
 *
 * <pre>{@code
 * StatementObservers.register(statement -> {
 *     long start = System.nanoTime();
 *     return (rows, error) -> System.out.println(statement.operation() + " " + statement.model()
 *             + " took " + (System.nanoTime() - start) / 1_000_000 + " ms");
 * });
 * }</pre>
 *
 * <p>Both calls run on the thread that runs the statement, so an observer sees the caller's
 * context (a current trace span, for one). An observer must not throw and should be quick: it
 * is on every statement's path.
 */
@FunctionalInterface
public interface StatementObserver {
    /** The statement is about to run; returns what to call when it has ended (never null). */
    Finish started(ObservedStatement statement);

    /** The end of one statement. */
    @FunctionalInterface
    interface Finish {
        /**
         * Called once when the statement has ended.
         *
         * @param rows  rows read or changed (for a stream: read so far), or -1 when it failed
         * @param error the error it ended with, already translated ({@code UniqueViolation},
         *              {@code QueryTimeout}, ...), or null when it succeeded
         */
        void finished(long rows, RuntimeException error);
    }
}
