package io.aksara.bench.stub;

import io.aksara.bench.Cursor;
import io.aksara.bench.Params;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** W2 filter: journal rows of one level, ordered by id, the first {@code rows}. On the stub driver: the stacks' own cost, no database. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class StubW2 {
    /** Not {@code n}, which {@code ./benchmark --quick} sets for the database W2. */
    @Param({"10", "1000"})
    public int rows;

    @Benchmark
    public Object jdbc(StubStacks.Jdbc s, Cursor c) {
        return s.stack.filter(Params.level(c.next()), rows);
    }

    @Benchmark
    public Object aksara(StubStacks.Aksara s, Cursor c) {
        return s.stack.filter(Params.level(c.next()), rows);
    }

    @Benchmark
    public Object compiled(StubStacks.Aksara s, Cursor c) {
        return s.stack.filterCompiled(Params.level(c.next()), rows);
    }
}
