package io.aksara.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** W2 filter_rows_N: journal rows with level = L (cycling 10..50), ordered by id, the first N, as full 8-column entities. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class W2Filter {
    @Param({"10", "100", "1000"})
    public int n;

    @Benchmark
    public Object jdbc(JdbcStack s, Cursor c) {
        return s.filter(Params.level(c.next()), n);
    }

    @Benchmark
    public Object jooq(JooqStack s, Cursor c) {
        return s.filter(Params.level(c.next()), n);
    }

    @Benchmark
    public Object hibernate(HibernateStack s, Cursor c) {
        return s.filter(Params.level(c.next()), n);
    }

    @Benchmark
    public Object aksara(AksaraStack s, Cursor c) {
        return s.filter(Params.level(c.next()), n);
    }

    /** The same query compiled once, run with only the level. */
    @Benchmark
    public Object compiled(AksaraStack s, Cursor c) {
        return s.filterCompiled(Params.level(c.next()), n);
    }
}
