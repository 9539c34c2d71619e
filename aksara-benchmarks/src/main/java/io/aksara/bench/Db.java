package io.aksara.bench;

import com.zaxxer.hikari.HikariDataSource;
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

    @Setup(Level.Trial)
    public void open() {
        ds = BenchConfig.pool("bench");
        BenchData.ensure(ds);
    }

    @TearDown(Level.Trial)
    public void close() {
        if (ds != null) {
            ds.close();
        }
    }
}
