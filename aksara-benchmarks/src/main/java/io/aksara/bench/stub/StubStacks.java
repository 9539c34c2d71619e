package io.aksara.bench.stub;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.aksara.bench.AksaraStack;
import io.aksara.bench.BenchConfig;
import io.aksara.bench.JdbcStack;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Raw JDBC and Aksara on the {@link StubDriver}, each through a HikariCP pool of the usual size:
 * the same stack code as the database benchmarks, with the database taken away.
 */
public final class StubStacks {
    private StubStacks() {}

    /** Raw JDBC over a HikariCP pool of stub connections. */
    @State(Scope.Benchmark)
    public static class Jdbc {
        public final JdbcStack stack = new JdbcStack();
        private HikariDataSource pool;

        @Setup(Level.Trial)
        public void open() {
            StubDriver.register();
            HikariConfig hc = new HikariConfig();
            hc.setJdbcUrl(StubDriver.URL);
            hc.setMaximumPoolSize(BenchConfig.POOL_SIZE);
            hc.setMinimumIdle(BenchConfig.POOL_SIZE);
            hc.setPoolName("stub-jdbc");
            pool = new HikariDataSource(hc);
            stack.use(pool);
        }

        @TearDown(Level.Trial)
        public void close() {
            pool.close();
        }
    }

    /** Aksara configured with the stub URL (it opens its own pool, as on a real database). */
    @State(Scope.Benchmark)
    public static class Aksara {
        public final AksaraStack stack = new AksaraStack();

        @Setup(Level.Trial)
        public void open() {
            StubDriver.register();
            stack.openAt(StubDriver.URL);
        }

        @TearDown(Level.Trial)
        public void close() {
            stack.close();
        }
    }
}
