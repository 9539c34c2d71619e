package io.aksara.it;

import com.zaxxer.hikari.HikariDataSource;
import io.aksara.Aksara;
import io.aksara.Q;
import io.aksara.jooq.Jooq;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.internal.PooledConnections;
import io.aksara.spi.ConnectionSource;
import java.time.Duration;
import org.jooq.impl.DSL;

/**
 * Statements that take long on purpose, run through Aksara as a raw jOOQ condition, and ways to
 * look at what the server and the pool are doing while and after they run.
 *
 * <ul>
 *   <li>PostgreSQL: {@code pg_sleep}; MySQL/MariaDB: {@code SLEEP()}.</li>
 *   <li>H2 runs in this process and checks for a cancel only between rows, so a function that
 *       sleeps could not be interrupted: its slow statement is a cross join of two
 *       {@code SYSTEM_RANGE}s (10^10 rows, many minutes), which it cancels at the next row. For a
 *       slow row-by-row stream it uses an alias of {@code Thread.sleep}, cancelled between rows.</li>
 *   <li>SQLite has no sleep either, but interrupts a statement at any step: its slow statements
 *       count through a recursive CTE (10^10 steps; about 10,000 per millisecond per row).</li>
 * </ul>
 */
final class SlowStatements {
    /** What identifies our sleeping statements in the server's list of running queries. */
    private static final String MARK = "aksara_slow";

    private SlowStatements() {}

    /** A condition true for every row that takes {@code seconds} (H2: far longer) to evaluate once. */
    static Q sleeping(String vendor, int seconds) {
        String sql = switch (vendor) {
            case "postgres" -> "pg_sleep(" + seconds + ") is not null and '" + MARK + "' is not null";
            case "mysql", "mariadb" -> "sleep(" + seconds + ") = 0 and '" + MARK + "' is not null";
            case "sqlite" -> counting(10_000_000_000L);
            default -> "(select count(*) from system_range(1, 100000) a, system_range(1, 100000) b"
                    + " where a.x + b.x = -1) = 0";
        };
        return Jooq.condition(DSL.condition(sql));
    }

    /** A condition that takes about {@code millis} for each row it is evaluated on (on SQLite, a row of Inventory). */
    static Q slowPerRow(String vendor, int millis) {
        String sql = switch (vendor) {
            case "postgres" -> "pg_sleep(" + (millis / 1000.0) + ") is not null and '" + MARK + "' is not null";
            case "mysql", "mariadb" -> "sleep(" + (millis / 1000.0) + ") = 0 and '" + MARK + "' is not null";
            // 0 * stock ties the count to the row (Inventory's column): SQLite runs a subquery that
            // refers to no outer column once per statement, and one that does once per row
            case "sqlite" -> counting(millis * 10_000L).replace("select count(*) from r", "select count(*) + 0 * stock from r");
            default -> "sleep_ms(" + millis + ") is null";
        };
        return Jooq.condition(DSL.condition(sql));
    }

    /** A true condition that counts to {@code steps} first (SQLite). */
    private static String counting(long steps) {
        return "(with recursive r(x) as (select 1 union all select x + 1 from r where x < " + steps
                + ") select count(*) from r) > 0";
    }

    /** Defines what {@link #slowPerRow} needs on H2; nothing elsewhere. */
    static void prepare(String vendor) {
        if (vendor.equals("h2")) {
            JooqBackend.of(Aksara.backend()).dsl().execute("create alias if not exists sleep_ms for 'java.lang.Thread.sleep(long)'");
        }
    }

    /**
     * How many of our sleeping statements the server is running, seen from the pool {@code observer}
     * (another pool, so looking does not change the counts of the pool under test). H2 has no
     * server: -1.
     */
    static long runningOnServer(String observer) {
        JooqBackend db = JooqBackend.of(Aksara.backend(observer));
        String sql = switch (db.vendor()) {
            case "postgres" -> "select count(*) from pg_stat_activity where query like '%" + MARK
                    + "%' and state = 'active' and pid <> pg_backend_pid()";
            case "mysql", "mariadb" -> "select count(*) from information_schema.processlist where info like '%"
                    + MARK + "%' and id <> connection_id()";
            default -> null;
        };
        return sql == null ? -1 : ((Number) db.dsl().fetchValue(sql)).longValue();
    }

    /** Waits until the server runs one of our statements (H2: a short pause); false if it never did. */
    static boolean awaitRunning(String observer, Duration max) throws InterruptedException {
        long until = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < until) {
            long n = runningOnServer(observer);
            if (n < 0) {
                Thread.sleep(300);
                return true;
            }
            if (n > 0) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Waits until the server runs none of our statements; returns how many still run at the end. */
    static long awaitGone(String observer, Duration max) throws InterruptedException {
        long until = System.nanoTime() + max.toNanos();
        long n = runningOnServer(observer);
        while (n > 0 && System.nanoTime() < until) {
            Thread.sleep(20);
            n = runningOnServer(observer);
        }
        return Math.max(n, 0);
    }

    /** The connections of the pool of {@code alias} in use now. */
    static int activeConnections(String alias) {
        return ((HikariDataSource) JooqBackend.of(Aksara.backend(alias)).dataSource()).getHikariPoolMXBean()
                .getActiveConnections();
    }

    /** Permits free in the fair queue in front of the pool of {@code alias} now, or -1 when it has none. */
    static int freePermits(String alias) {
        ConnectionSource source = JooqBackend.of(Aksara.backend(alias)).connections();
        return source instanceof PooledConnections pool && pool.gate() != null ? pool.gate().available() : -1;
    }

    /** Waits (briefly) for every permit of the fair queue of {@code alias} to be back; returns those free at the end. */
    static int awaitFreePermits(String alias) throws InterruptedException {
        int all = Aksara.config(alias).fairQueue();
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int n = freePermits(alias);
        while (n < all && System.nanoTime() < until) {
            Thread.sleep(10);
            n = freePermits(alias);
        }
        return n;
    }

    /** Waits (briefly) for the pool of {@code alias} to have no connection in use; returns the count at the end. */
    static int awaitIdlePool(String alias) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int n = activeConnections(alias);
        while (n > 0 && System.nanoTime() < until) {
            Thread.sleep(10);
            n = activeConnections(alias);
        }
        return n;
    }
}
