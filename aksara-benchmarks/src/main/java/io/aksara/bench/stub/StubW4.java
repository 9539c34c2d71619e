package io.aksara.bench.stub;

import io.aksara.bench.Cursor;
import io.aksara.bench.Params;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * W4 dynamic_filter: a query built at call time from the 4 cycling shapes (level; + ts >= t; + text
 * startswith p; all three), ordered by id, the first 20 rows. On the stub driver: the cost of
 * building the query (lookup strings, filters, the chained copies, the plan-cache key), no database.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class StubW4 {
    @Benchmark
    public Object jdbc(StubStacks.Jdbc s, Cursor c) {
        int i = c.next();
        return s.stack.dynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i));
    }

    @Benchmark
    public Object aksara(StubStacks.Aksara s, Cursor c) {
        int i = c.next();
        return s.stack.dynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i));
    }
}
