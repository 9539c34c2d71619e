package io.aksara.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** W1 pk_get: one World by primary key, ids cycling 1..10,000. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W1PkGet {
    @Benchmark
    public Object jdbc(JdbcStack s, Cursor c) {
        return s.pk(Params.id(c.next()));
    }

    @Benchmark
    public Object jooq(JooqStack s, Cursor c) {
        return s.pk(Params.id(c.next()));
    }

    @Benchmark
    public Object hibernate(HibernateStack s, Cursor c) {
        return s.pk(Params.id(c.next()));
    }

    @Benchmark
    public Object aksara(AksaraStack s, Cursor c) {
        return s.pk(Params.id(c.next()));
    }

    /** The same query compiled once ({@code filter("pk", param("id")).compile()}), run with only the key. */
    @Benchmark
    public Object compiled(AksaraStack s, Cursor c) {
        return s.pkCompiled(Params.id(c.next()));
    }
}
