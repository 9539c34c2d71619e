package io.aksara.bench.stub;

import io.aksara.bench.Cursor;
import io.aksara.bench.Params;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** W1 pk_get: one World by primary key. On the stub driver: the stacks' own cost, no database. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StubW1 {
    @Benchmark
    public Object jdbc(StubStacks.Jdbc s, Cursor c) {
        return s.stack.pk(Params.id(c.next()));
    }

    @Benchmark
    public Object aksara(StubStacks.Aksara s, Cursor c) {
        return s.stack.pk(Params.id(c.next()));
    }

    @Benchmark
    public Object compiled(StubStacks.Aksara s, Cursor c) {
        return s.stack.pkCompiled(Params.id(c.next()));
    }
}
