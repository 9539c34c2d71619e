package io.aksara.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** W3 page_20: a page of 20 journal rows (level = L order by id, offset 0..980). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W3Page {
    @Benchmark
    public Object jdbc(JdbcStack s, Cursor c) {
        int i = c.next();
        return s.page(Params.level(i), Params.offset(i));
    }

    @Benchmark
    public Object jooq(JooqStack s, Cursor c) {
        int i = c.next();
        return s.page(Params.level(i), Params.offset(i));
    }

    @Benchmark
    public Object hibernate(HibernateStack s, Cursor c) {
        int i = c.next();
        return s.page(Params.level(i), Params.offset(i));
    }

    @Benchmark
    public Object aksara(AksaraStack s, Cursor c) {
        int i = c.next();
        return s.page(Params.level(i), Params.offset(i));
    }
}
