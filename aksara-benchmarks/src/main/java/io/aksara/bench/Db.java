package io.aksara.bench;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The shared pool of one fork (raw JDBC, jOOQ and Hibernate all use it) and the data set, which
 * is created on first use and reset (world values, journal_bulk) at the start of every fork.
 */
@State(Scope.Benchmark)
public class Db {
    public HikariDataSource ds;
    /** False when {@link #ds} is another stack's pool ({@link #on}), which that stack closes. */
    private boolean ownsPool = true;

    @Setup(Level.Trial)
    public void open() {
        ds = BenchConfig.pool("bench");
        BenchData.ensure(ds);
    }

    /**
     * The same database reached through another pool (Aksara's), for the stacks of a one-JVM
     * harness ({@link Stack#openAll}): on one thread they then all run on the same connection, so
     * on the same server process. Closing the result leaves that pool open.
     */
    public Db on(DataSource pool) {
        if (!(pool instanceof HikariDataSource hikari)) {
            throw new IllegalArgumentException("expected a HikariCP pool, got " + pool.getClass().getName());
        }
        Db shared = new Db();
        shared.ds = hikari;
        shared.ownsPool = false;
        return shared;
    }

    @TearDown(Level.Trial)
    public void close() {
        if (ds != null && ownsPool) {
            ds.close();
        }
    }
}
