package io.aksara.errors;

import java.time.Duration;

/**
 * A statement ran past its time limit and was stopped on the server. The limit came from
 * {@code QuerySet.timeout(...)}, from an atomic block's {@code Transaction.timeout(...)} (the
 * block's remaining time), or from {@code DatabaseConfig.statementTimeout}; the message names the
 * operation, the limit and where it came from. The connection goes back to the pool in a usable
 * state; inside an atomic block the block is rolled back, as for any failed statement.
 *
 * <pre>{@code
 * try {
 *     Report.objects.filter("year", 2024).timeout(Duration.ofSeconds(2)).fetch();
 * } catch (QueryTimeout e) {
 *     e.limit();   // PT2S
 * }
 * }</pre>
 */
public class QueryTimeout extends DatabaseError {
    private final Duration limit;

    public QueryTimeout(String message, Duration limit, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
        this.limit = limit;
    }

    /** The limit that was exceeded. */
    public Duration limit() {
        return limit;
    }
}
