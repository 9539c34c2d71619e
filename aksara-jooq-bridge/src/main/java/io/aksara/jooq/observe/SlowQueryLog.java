package io.aksara.jooq.observe;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every statement that takes longer than a threshold, at WARN under the logger
 * {@code io.aksara.sql.slow}: the database, how long it took, its SQL (with {@code ?} for values)
 * and how many parameters it had. The values themselves are logged only when asked for, since they
 * may be personal data or secrets. Failed statements are logged too, with their error.
 *
 * <pre>{@code
 * SlowQueryLog.enable(Duration.ofMillis(500));           // SQL and parameter count
 * SlowQueryLog.enable(Duration.ofMillis(500), true);     // ... and the values (development only)
 * SlowQueryLog.disable();
 * }</pre>
 *
 * <pre>
 * WARN io.aksara.sql.slow - [default] slow select on Product: 812.4 ms (threshold 500 ms), 2 parameters, 40 rows | select ... where products.price &lt; ? and ...
 * </pre>
 */
public final class SlowQueryLog {
    private static final Logger LOG = LoggerFactory.getLogger("io.aksara.sql.slow");
    private static StatementObservers.Registration current;

    private SlowQueryLog() {}

    /** Logs statements slower than {@code threshold}, without their values. Replaces an earlier setting. */
    public static void enable(Duration threshold) {
        enable(threshold, false);
    }

    /** Logs statements slower than {@code threshold}; with {@code withValues}, their bound values too. */
    public static synchronized void enable(Duration threshold, boolean withValues) {
        Objects.requireNonNull(threshold, "threshold");
        if (threshold.isNegative()) {
            throw new IllegalArgumentException("The slow query threshold must be zero or more, got " + threshold);
        }
        disable();
        long limit = threshold.toNanos();
        current = StatementObservers.register(statement -> {
            long start = System.nanoTime();
            return (rows, error) -> {
                long took = System.nanoTime() - start;
                if (took >= limit && LOG.isWarnEnabled()) {
                    LOG.warn(line(statement, took, threshold, rows, error, withValues));
                }
            };
        });
    }

    /** Stops logging slow statements. */
    public static synchronized void disable() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    static String line(ObservedStatement s, long nanos, Duration threshold, long rows, RuntimeException error,
            boolean withValues) {
        List<Object> params = s.parameters();
        StringBuilder out = new StringBuilder().append('[').append(s.database()).append("] slow ").append(s.operation())
                .append(" on ").append(s.model()).append(": ")
                .append(String.format(Locale.ROOT, "%.1f ms", nanos / 1e6))
                .append(" (threshold ").append(threshold.toMillis()).append(" ms), ")
                .append(params.size()).append(params.size() == 1 ? " parameter, " : " parameters, ");
        if (error == null) {
            out.append(rows).append(rows == 1 ? " row" : " rows");
        } else {
            out.append("failed: ").append(error.getClass().getSimpleName());
        }
        out.append(" | ").append(s.sql());
        if (withValues) {
            out.append(" | values ").append(params);
        }
        return out.toString();
    }
}
