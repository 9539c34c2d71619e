package io.aksara.bench.stub;

import io.aksara.bench.Cursor;
import io.aksara.bench.Params;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * {@link StubW5} with the benchmark thread a virtual thread (JMH's {@code jmh.executor=VIRTUAL}):
 * what Aksara does on a virtual thread and not on a platform thread shows as the difference in
 * bytes per operation between this row and {@code StubW5}'s (raw JDBC's two rows are the control).
 * The property is prepended, so the stub runs' own {@code -jvmArgsAppend} does not drop it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsPrepend = "-Djmh.executor=VIRTUAL")
public class StubW5Virtual {
    @Benchmark
    public Object jdbc(StubStacks.Jdbc s, Cursor c) {
        return s.stack.updatePk(Params.id(c.next()));
    }

    @Benchmark
    public Object aksara(StubStacks.Aksara s, Cursor c) {
        return s.stack.updatePk(Params.id(c.next()));
    }
}
