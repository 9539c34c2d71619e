package io.aksara.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** W4 dynamic_filter: a query built at call time from 4 cycling shapes (level; + ts >= t; + text startswith p; all three), order by id, first 20 rows, full entities. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W4Dynamic {
    @Benchmark
    public Object jdbc(JdbcStack s, Cursor c) {
        int i = c.next();
        return s.dynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i));
    }

    @Benchmark
    public Object jooq(JooqStack s, Cursor c) {
        int i = c.next();
        return s.dynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i));
    }

    @Benchmark
    public Object hibernate(HibernateStack s, Cursor c) {
        int i = c.next();
        return s.dynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i));
    }

    @Benchmark
    public Object aksara(AksaraStack s, Cursor c) {
        int i = c.next();
        return s.dynamic(Params.shape(i), Params.level(i), Params.since(i), Params.prefix(i));
    }
}
