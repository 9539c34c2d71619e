package io.aksara.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** W5 update_pk: read a World by key, change randomnumber, save: SELECT + single-column UPDATE, autocommit (Aksara has no transactions yet, so no stack uses one). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W5Update {
    @Benchmark
    public Object jdbc(JdbcStack s, Cursor c) {
        return s.updatePk(Params.id(c.next()));
    }

    @Benchmark
    public Object jooq(JooqStack s, Cursor c) {
        return s.updatePk(Params.id(c.next()));
    }

    @Benchmark
    public Object hibernate(HibernateStack s, Cursor c) {
        return s.updatePk(Params.id(c.next()));
    }

    @Benchmark
    public Object aksara(AksaraStack s, Cursor c) {
        return s.updatePk(Params.id(c.next()));
    }
}
