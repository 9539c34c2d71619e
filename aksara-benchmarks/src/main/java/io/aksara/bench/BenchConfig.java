package io.aksara.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Where the benchmark database is, and the pool every stack uses. The URL comes from
 * {@code AKSARA_BENCH_URL} ({@code ./benchmark} sets it); forks inherit the environment.
 */
public final class BenchConfig {
    /** HikariCP maximum (and, for the shared pool, minimum) size, as in benchmarks.md §6.1. */
    public static final int POOL_SIZE = 5;

    private BenchConfig() {}

    public static String url() {
        return env("AKSARA_BENCH_URL", "jdbc:postgresql://127.0.0.1:55433/aksara");
    }

    public static String user() {
        return env("AKSARA_BENCH_USER", "aksara");
    }

    public static String password() {
        return env("AKSARA_BENCH_PASSWORD", "aksara");
    }

    /** A HikariCP pool of {@link #POOL_SIZE} connections, all opened up front, autocommit on. */
    public static HikariDataSource pool(String name) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url());
        hc.setUsername(user());
        hc.setPassword(password());
        hc.setMaximumPoolSize(POOL_SIZE);
        hc.setMinimumIdle(POOL_SIZE);
        hc.setAutoCommit(true);
        hc.setPoolName(name);
        return new HikariDataSource(hc);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }
}
