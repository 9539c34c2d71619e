package io.aksara.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** The loopback + driver + pool floor: {@code SELECT 1} over raw JDBC (benchmarks.md §5). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Floor {
    @Benchmark
    public int select1(JdbcStack s) {
        return s.select1();
    }
}
