package io.aksara.bench.stub;

import io.aksara.bench.Cursor;
import io.aksara.bench.Params;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** W5 update by PK: read a World, change randomnumber, save it. On the stub driver: the stacks' own cost, no database. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StubW5 {
    @Benchmark
    public Object jdbc(StubStacks.Jdbc s, Cursor c) {
        return s.stack.updatePk(Params.id(c.next()));
    }

    @Benchmark
    public Object aksara(StubStacks.Aksara s, Cursor c) {
        return s.stack.updatePk(Params.id(c.next()));
    }
}
