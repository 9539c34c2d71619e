package io.aksara.errors;

/**
 * A running statement was stopped on the server because its caller gave up on it: the
 * {@code CompletableFuture} of an {@code ...Async} call was cancelled or timed out
 * ({@code cancel(true)}, {@code orTimeout(...)}), or the virtual thread running a blocking call
 * was interrupted. Anything the work had written in its own atomic block is rolled back.
 *
 * <pre>{@code
 * CompletableFuture<List<Report>> f = Report.objects.all().fetchAsync();
 * f.cancel(true);          // the SELECT is cancelled on the server; the connection goes back to the pool
 * }</pre>
 */
public class QueryCancelled extends DatabaseError {
    public QueryCancelled(String message, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
    }
}
