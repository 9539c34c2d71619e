package io.aksara.jooq.internal;

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

    /** Long values (a text column's body) are cut so one statement stays one readable line. */
    private static Object shorten(Object value) {
        String s = String.valueOf(value);
        return s.length() > 100 ? s.substring(0, 97) + "...(" + s.length() + " chars)" : value;
    }

    static boolean enabled() {
        return LOG.isDebugEnabled();
    }

    static void statement(String database, String sql, List<Object> params, long nanos, long rows) {
        LOG.debug("[{}] {} ms, {} rows | {} | params {}", database, String.format("%.3f", nanos / 1e6), rows, sql,
                params.stream().map(SqlLog::shorten).toList());
    }
}
