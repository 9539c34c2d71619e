package io.aksara.jooq.internal;

import io.aksara.internal.QueryCapture;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each statement at debug level under the logger {@code io.aksara.sql}: the SQL, its
 * parameters and how long it took. Enable it in your SLF4J binding to see every query.
 */
final class SqlLog {
    private static final Logger LOG = LoggerFactory.getLogger("io.aksara.sql");

    private SqlLog() {}

    /** Transaction control (BEGIN, COMMIT, savepoints): logged, but not a query to capture. */
    static void control(String database, String what) {
        LOG.debug("[{}] {}", database, what);
    }

    /** Long values (a text column's body) are cut so one statement stays one readable line. */
    private static Object shorten(Object value) {
        String s = String.valueOf(value);
        return s.length() > 100 ? s.substring(0, 97) + "...(" + s.length() + " chars)" : value;
    }

    /** Whether anyone wants statements: the debug log, or a {@code QueryLog.capture} on this thread. */
    static boolean enabled() {
        return LOG.isDebugEnabled() || QueryCapture.active();
    }

    /** A statement that was sent but failed: captured like the others (the exception says why it failed). */
    static void failed(String sql) {
        if (sql != null) {
            QueryCapture.record(sql);
        }
    }

    static void statement(String database, String sql, List<Object> params, long nanos, long rows) {
        QueryCapture.record(sql);
        if (!LOG.isDebugEnabled()) {
            return;
        }
        LOG.debug("[{}] {} ms, {} rows | {} | params {}", database, String.format("%.3f", nanos / 1e6), rows, sql,
                params.stream().map(SqlLog::shorten).toList());
    }
}
