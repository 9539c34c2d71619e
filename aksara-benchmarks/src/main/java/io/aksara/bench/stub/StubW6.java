package io.aksara.bench.stub;

import io.aksara.bench.Params;
import io.aksara.bench.Rows;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** W6 insert 100 rows, keys returned. On the stub driver: the stacks' own cost, no database. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class StubW6 {
    private final Rows.JournalData[] data = Params.bulkRows(Params.BULK);

    @Benchmark
    public List<Long> jdbc(StubStacks.Jdbc s) {
        return s.stack.bulkInsert(data);
    }

    @Benchmark
    public List<Long> aksara(StubStacks.Aksara s) {
        return s.stack.bulkInsert(data);
    }
}
